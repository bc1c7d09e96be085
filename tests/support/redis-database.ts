// A Redis logical database of the run's own. Rate limits, idempotency replays and cached
// reads outlive a run in a shared Redis (CI runs against the services as the last session
// left them, and two runs may share one machine): a stack on a database claimed here starts
// empty and meets no other run's keys. The claim is a key in database 0 that expires, so a
// run that died without releasing frees its database after a while; the next claimant
// flushes it either way.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

/** Databases 1..15 (Redis' default 16); 0 holds the claims and the unit/integration tests' keys. */
const DATABASES = Array.from({ length: 15 }, (_, i) => i + 1);
const CLAIM_SECONDS = 4 * 3600;
const claimKey = (db: number) => `swifteats:test-redis-db:${db}`;

export interface RedisDatabase {
  url: string;
  release: () => Promise<void>;
}

function withDatabaseNumber(url: string, db: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${db}`;
  return parsed.toString();
}

/** Claims a free database of the Redis at `url`, flushed; throws when all are claimed. */
export async function claimRedisDatabase(url: string): Promise<RedisDatabase> {
  const token = randomBytes(8).toString("hex");
  const admin = new Redis(withDatabaseNumber(url, 0), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await admin.connect();
  try {
    for (const db of DATABASES) {
      if ((await admin.set(claimKey(db), token, "EX", CLAIM_SECONDS, "NX")) !== "OK") continue;
      const dbUrl = withDatabaseNumber(url, db);
      await flush(dbUrl);
      return {
        url: dbUrl,
        release: async () => {
          await flush(dbUrl);
          const releaser = new Redis(withDatabaseNumber(url, 0), { maxRetriesPerRequest: 1 });
          try {
            // Only our own claim: after a very long run it may have expired and been taken.
            if ((await releaser.get(claimKey(db))) === token) await releaser.del(claimKey(db));
          } finally {
            releaser.disconnect();
          }
        },
      };
    }
    throw new Error(`every Redis database 1..15 at ${url} is claimed by another run (keys ${claimKey(1)}…)`);
  } finally {
    admin.disconnect();
  }
}

async function flush(url: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
