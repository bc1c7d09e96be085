// The explicit read client: reads that may be a moment behind the primary (public browse,
// search, suggestions) run on the streaming replica named by DATABASE_REPLICA_URL; writes, and
// reads that must see a write just made, use `prisma` (the primary) as before. Nothing is routed
// behind the caller's back: a read goes to the replica only by being passed to `onReplica`.
//
// The replica is used while it answers and is within DATABASE_REPLICA_MAX_LAG_MS of the
// primary (checked every DATABASE_REPLICA_CHECK_MS while reads come in). Otherwise the primary
// answers, and so it does for any read the replica fails: a replica that is down, restarting
// or lagging costs reads their freshness bound, never an error.
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { prisma, type Db } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";

const log = createLogger("db");

interface ReplicaState {
  client: Db;
  usable: boolean;
  checkedAt: number;
  checking: Promise<void> | null;
  /** Why it is not used, for the one log line per change. */
  reason: string | null;
}

const globalForReplica = globalThis as unknown as { replica?: ReplicaState | null };

function getReplica(): ReplicaState | null {
  if (globalForReplica.replica !== undefined) return globalForReplica.replica;
  const url = env.DATABASE_REPLICA_URL;
  globalForReplica.replica = url
    ? {
        // A replica that does not answer quickly is not waited on: the primary is there.
        client: createPrismaClient(url, env.DATABASE_POOL_SIZE, {
          statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
          poolTimeoutMs: Math.min(env.DATABASE_POOL_TIMEOUT_MS, 2000),
        }),
        usable: false,
        checkedAt: 0,
        checking: null,
        reason: "not checked yet",
      }
    : null;
  return globalForReplica.replica;
}

/** How far behind the primary the replica is (ms): 0 when it has replayed all the primary wrote. */
async function measureLagMs(replica: Db): Promise<number> {
  const [state] = await replica.$queryRaw<{ standby: boolean; replayed: string | null; since_replay_ms: number | null }[]>`
    SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed,
           (EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS since_replay_ms`;
  // Not a standby (a test pointing both URLs at one server, or a promoted replica): current.
  if (!state?.standby) return 0;
  if (!state.replayed) return Number.POSITIVE_INFINITY;
  const [primary] = await prisma.$queryRaw<{ behind: number }[]>`
    SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ${state.replayed}::pg_lsn)::float8 AS behind`;
  if (!primary || primary.behind <= 0) return 0;
  // Behind: it has been at least this long since the last transaction it replayed.
  return state.since_replay_ms ?? Number.POSITIVE_INFINITY;
}

function check(state: ReplicaState): Promise<void> {
  state.checking ??= (async () => {
    let reason: string | null;
    try {
      const lagMs = await measureLagMs(state.client);
      reason = lagMs > env.DATABASE_REPLICA_MAX_LAG_MS ? `lagging ${Math.round(lagMs)} ms behind the primary` : null;
    } catch (error) {
      reason = `unreachable: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (reason !== state.reason) {
      if (reason) log.warn("replica not used: reads go to the primary", { reason });
      else log.info("replica in use for reads");
    }
    state.usable = reason === null;
    state.reason = reason;
    state.checkedAt = Date.now();
    state.checking = null;
  })();
  return state.checking;
}

/**
 * Runs a read that may be slightly stale on the replica when it is usable, on the primary
 * otherwise (and when the replica fails it). `fresh`: the caller just wrote and must read its
 * write (read-your-writes): the primary answers.
 */
export async function onReplica<T>(read: (db: Db) => Promise<T>, { fresh = false } = {}): Promise<T> {
  const state = getReplica();
  if (!state || fresh) return read(prisma);
  if (state.checkedAt === 0) await check(state);
  else if (Date.now() - state.checkedAt > env.DATABASE_REPLICA_CHECK_MS) void check(state);
  if (!state.usable) return read(prisma);
  try {
    return await read(state.client);
  } catch (error) {
    // Down since the last check, or the read itself is wrong: the primary says which.
    log.warn("replica read failed; reading the primary", { error: error instanceof Error ? error.message : String(error) });
    void check(state);
    return read(prisma);
  }
}

/** Whether reads go to the replica now, and why not (GET /api/health, tests). */
export function replicaStatus(): { configured: boolean; usable: boolean; reason: string | null } {
  const state = getReplica();
  return state ? { configured: true, usable: state.usable, reason: state.reason } : { configured: false, usable: false, reason: null };
}

/** Checks the replica now (tests, and the health endpoint). */
export async function checkReplica(): Promise<void> {
  const state = getReplica();
  if (state) await check(state);
}
