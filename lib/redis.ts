// Redis: the shared client, bounded in time, behind a circuit breaker. A Redis that refuses
// connections or accepts them and never answers must cost a request at most one command
// timeout, and once it is known to be away, nothing: calls fail at once while the client has
// no connection (lost, refused, or not made within the connect timeout), and the breaker fails them at once
// and lets one trial through every REDIS_BREAKER_HALF_OPEN_MS. What an outage means for each
// use (serve from the database, allow, or 503) is decided by the caller; see README.
import { Redis, ReplyError } from "ioredis";
import { BrokenCircuitError, circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from "cockatiel";
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

const globalForRedis = globalThis as unknown as { redis?: Redis | null; redisBreaker?: CircuitBreakerPolicy };

/** Where Redis is: a redis:// URL, or the Sentinels that know the current primary of `name`. */
export type RedisTarget = string | { sentinels: { host: string; port: number }[]; name: string };

/**
 * The Redis the process is configured for: REDIS_SENTINELS (with REDIS_SENTINEL_MASTER) before
 * REDIS_URL; undefined when neither is set (single-node mode). Read from process.env at each
 * call, so tests can point a fresh client elsewhere.
 */
export function redisTarget(source: Partial<Record<string, string>> = process.env): RedisTarget | undefined {
  const sentinels = source.REDIS_SENTINELS?.trim();
  if (sentinels) {
    return {
      sentinels: sentinels.split(",").map((entry) => {
        const [host, port] = entry.trim().split(/:(?=\d+$)/);
        return { host: host!, port: Number(port ?? 26379) };
      }),
      name: source.REDIS_SENTINEL_MASTER || "swifteats",
    };
  }
  return source.REDIS_URL || undefined;
}

/** The shared Redis client, or null when Redis is not configured (single-node mode). */
export function getRedis(): Redis | null {
  if (globalForRedis.redis !== undefined) return globalForRedis.redis;
  const target = redisTarget();
  globalForRedis.redis = target ? createRedis(target) : null;
  return globalForRedis.redis;
}

/**
 * A client bounded in time. `subscriber`: for a connection that only subscribes (the Socket.IO
 * adapter's): its SUBSCRIBE waits for Redis however long it takes, because a subscription that
 * timed out would never be renewed, while one that waited is restored on every reconnect.
 */
export function createRedis(target: RedisTarget, { subscriber = false, name }: { subscriber?: boolean; name?: string } = {}): Redis {
  // A connection that gets no byte back this long after a command was written is dead (a
  // hung server, a network black hole): it is dropped and reconnected, not waited on forever.
  // `name` shows in CLIENT LIST: which connection is whose, when one must be found (or killed).
  const connection = { connectTimeout: env.REDIS_CONNECT_TIMEOUT_MS, socketTimeout: env.REDIS_CONNECT_TIMEOUT_MS, ...(name && { connectionName: name }) };
  const options = subscriber
    ? { ...connection, maxRetriesPerRequest: null }
    : {
        ...connection,
        // Also bounds commands waiting in the offline queue: a server that accepts the connection
        // and never answers the ready check would otherwise hold them forever.
        commandTimeout: env.REDIS_COMMAND_TIMEOUT_MS,
        maxRetriesPerRequest: 1,
      };
  const redis =
    typeof target === "string"
      ? new Redis(target, options)
      : new Redis({
          ...options,
          sentinels: target.sentinels,
          name: target.name,
          // Each reconnect asks the Sentinels for the primary; a switch they announce drops the
          // connection at once (a demoted primary that still answers would say READONLY).
          failoverDetector: true,
          reconnectOnError: (error) => (/^READONLY\b/.test(error.message) ? 2 : false),
        });
  if (typeof target !== "string") retireFailoverDetectorWithItsConnection(redis);
  notReady.set(redis, { since: Date.now(), closed: false });
  redis.on("close", () => notReady.set(redis, { since: notReady.get(redis)?.since ?? Date.now(), closed: true }));
  // One line per outage, not one per reconnect attempt.
  let reported = false;
  redis.on("error", (error: Error) => {
    if (reported) return;
    reported = true;
    logger.warn("redis connection failed; reconnecting", { error: error.message });
  });
  redis.on("ready", () => {
    notReady.set(redis, null);
    if (reported) logger.info("redis connection restored");
    reported = false;
  });
  return redis;
}

/**
 * ioredis (5.x) makes a failover detector (subscriptions to the Sentinels' +switch-master) when a
 * connection opens, but retires it only in disconnect(). After a connection is lost (a killed
 * primary) the detector lives on; when the Sentinels then announce the promotion, it aborts the
 * client's reconnect if that is asking a Sentinel for the primary at that moment: the lookup
 * fails with "Connection is closed.", the client ends and never reconnects (the Socket.IO
 * adapter's publisher or subscriber, or the shared client, dead for good). Retired with its
 * connection instead; the next connection makes its own. The detector is private to ioredis,
 * hence the cast; tests/topology's Redis failover test fails if its shape changes.
 */
function retireFailoverDetectorWithItsConnection(redis: Redis) {
  const connector = (redis as unknown as { connector: { failoverDetector: { cleanup(): void } | null } }).connector;
  redis.on("close", () => {
    // Once: every reconnect attempt that is refused closes again, and a second cleanup would
    // add another close listener to the detector's already closed Sentinel sockets.
    connector.failoverDetector?.cleanup();
    connector.failoverDetector = null;
  });
}

// Each client without a usable connection: since when, and whether a connection was refused
// or lost since (null: it has one). Calls then fail at once instead of queueing, once a
// connection closed or the connect timeout passed: refused and never-answering servers are
// found by the connection's state, so the command timeout can stay generous enough for a
// busy event loop. Only the first moments of a new client's first connection queue.
const notReady = new WeakMap<Redis, { since: number; closed: boolean } | null>();

function assertConnected(redis: Redis) {
  const state = notReady.get(redis);
  if (redis.status === "ready" || !state) return;
  if (state.closed || Date.now() - state.since > env.REDIS_CONNECT_TIMEOUT_MS) {
    throw new Error(`redis not connected for ${Date.now() - state.since} ms (${redis.status})`);
  }
}

// Replies that say the server cannot serve now (loading its data, a replica after failover,
// a long script), unlike replies that say the command was wrong.
const UNAVAILABLE_REPLY = /^(LOADING|READONLY|MASTERDOWN|BUSY|CLUSTERDOWN|TRYAGAIN)\b/;

/** An error that says Redis is away: a timeout, a refused or closed connection, or an unavailable reply. */
const isOutage = (error: unknown) => !(error instanceof ReplyError) || UNAVAILABLE_REPLY.test((error as Error).message);

/** The breaker counts outages, not error replies (a bug in a command says nothing about Redis). */
function getBreaker(): CircuitBreakerPolicy {
  if (globalForRedis.redisBreaker) return globalForRedis.redisBreaker;
  const breaker = circuitBreaker(
    handleWhen(isOutage),
    { halfOpenAfter: env.REDIS_BREAKER_HALF_OPEN_MS, breaker: new ConsecutiveBreaker(env.REDIS_BREAKER_FAILURES) },
  );
  breaker.onBreak(() => logger.warn("redis circuit open: calls fail at once until a trial succeeds", { halfOpenAfterMs: env.REDIS_BREAKER_HALF_OPEN_MS }));
  breaker.onReset(() => logger.info("redis circuit closed"));
  globalForRedis.redisBreaker = breaker;
  return breaker;
}

/** Redis is configured but cannot be used now. Answered as 503 with Retry-After where it reaches a caller. */
export class RedisUnavailableError extends AppError {
  constructor(readonly reason: unknown) {
    const retryAfter = String(Math.max(1, Math.ceil(env.REDIS_BREAKER_HALF_OPEN_MS / 1000)));
    super(503, "A service we depend on is unavailable; try again shortly", "unavailable", undefined, { "Retry-After": retryAfter });
  }
}

/**
 * Runs `op` on the shared client through the breaker. Throws RedisUnavailableError when Redis
 * is away; an error reply (a bug, not an outage) is thrown as it is. Only call when getRedis() is set.
 */
export async function withRedis<T>(op: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = getRedis();
  if (!redis) throw new Error("withRedis called without REDIS_URL");
  try {
    return await getBreaker().execute(() => {
      assertConnected(redis);
      return op(redis);
    });
  } catch (error) {
    if (!isOutage(error)) throw error;
    throw new RedisUnavailableError(error instanceof BrokenCircuitError ? "circuit open" : error);
  }
}
