// A copy of hot cached texts in this process, in front of Redis: a menu read that finds one
// costs no Redis round trip and no transfer of the 50 KB menu (`npm run bench -- compare
// --paths menu`). It is kept honest by messages, not by time: every `invalidate` publishes the
// keys it dropped, and every process that holds copies listens and drops them too, so a change
// is visible everywhere within a message's delay. Copies are only kept while this process is
// subscribed: when the subscription breaks, messages may be lost, so every copy is dropped and
// reads go to Redis until it is back. The TTL only bounds what an unforeseen loss could cost.
import type { Redis } from "ioredis";
import { createRedis, redisTarget } from "@/lib/redis";
import { logger } from "@/lib/logger";

const NEAR_TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

interface NearState {
  entries: Map<string, { expires: number; value: string }>;
  /** Bumped for a key by each message naming it, and for all keys when the subscription breaks. */
  generations: Map<string, number>;
  epoch: number;
  subscriber: Redis | null;
  subscribed: boolean;
}

// On globalThis for the same reason as the local cache (cache.ts): one per process, not per bundle.
const shared = globalThis as unknown as { swiftEatsNearCache?: NearState };
const state: NearState = (shared.swiftEatsNearCache ??= { entries: new Map(), generations: new Map(), epoch: 0, subscriber: null, subscribed: false });

/**
 * Pub/sub channels are not scoped by Redis' logical databases: the database number keeps two
 * stacks sharing one Redis (test runs on their own databases) out of each other's messages.
 */
export function invalidationChannel(redis: Redis): string {
  return `swifteats:cache-invalidations:${redis.options.db ?? 0}`;
}

/** Drops this process's copies of `keys` (and any copy being read now of one of them). */
export function forgetNear(keys: string[]) {
  for (const key of keys) {
    state.entries.delete(key);
    state.generations.set(key, (state.generations.get(key) ?? 0) + 1);
  }
}

function forgetAll() {
  state.entries.clear();
  state.generations.clear();
  state.epoch += 1;
}

/** Starts listening once per process; until the subscription is confirmed nothing is kept. */
function ensureSubscribed(shared: Redis) {
  if (state.subscriber) return;
  const target = redisTarget();
  if (!target) return;
  const subscriber = createRedis(target, { subscriber: true, name: `swifteats-near-cache-${process.pid}` });
  state.subscriber = subscriber;
  const channel = invalidationChannel(shared);
  subscriber.on("message", (from: string, message: string) => {
    if (from !== channel) return;
    try {
      forgetNear(JSON.parse(message) as string[]);
    } catch (error) {
      // A message we cannot read may have named anything.
      logger.warn("unreadable cache invalidation message; dropping every near copy", { error });
      forgetAll();
    }
  });
  // Copies are kept only once SUBSCRIBE is answered on the current connection: ioredis says
  // "ready" before it renews subscriptions, so its own renewal cannot be what we wait for.
  let connection = 0;
  subscriber.on("close", () => {
    connection += 1;
    state.subscribed = false;
    forgetAll();
  });
  subscriber.on("ready", () => {
    const current = connection;
    subscriber.subscribe(channel).then(
      () => {
        if (current !== connection) return;
        forgetAll();
        state.subscribed = true;
      },
      (error: unknown) => logger.warn("cache invalidation subscription failed", { error }),
    );
  });
}

/** A token taken before reading Redis; `keep` stores the value only if nothing invalidated it meanwhile. */
export interface NearReadToken {
  key: string;
  generation: number;
  epoch: number;
}

/** The near copy of `key`, or a token to keep what Redis answers. Null token: do not keep. */
export function nearGet(shared: Redis, key: string): { value: string } | { token: NearReadToken | null } {
  ensureSubscribed(shared);
  if (!state.subscribed) return { token: null };
  const entry = state.entries.get(key);
  if (entry && entry.expires > Date.now()) return { value: entry.value };
  if (entry) state.entries.delete(key);
  return { token: { key, generation: state.generations.get(key) ?? 0, epoch: state.epoch } };
}

export function nearKeep(token: NearReadToken | null, value: string, ttlMs: number) {
  if (!token || !state.subscribed) return;
  if (token.epoch !== state.epoch || (state.generations.get(token.key) ?? 0) !== token.generation) return;
  if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  state.entries.set(token.key, { expires: Date.now() + Math.min(ttlMs, NEAR_TTL_MS), value });
}

/** Tells every process to drop its copies of `keys`: after they left Redis, or one could copy the old value again. */
export async function publishInvalidation(shared: Redis, keys: string[]): Promise<void> {
  await shared.publish(invalidationChannel(shared), JSON.stringify(keys));
}
