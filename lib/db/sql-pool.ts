// A plain `pg` pool beside Prisma, for the hot paths where the ORM's per-query cost was
// measured to dominate (`npm run bench -- compare`: the GPS history batch cost 169 ms of CPU
// per 950 rows through createMany, 3.4 ms as one INSERT … unnest). Everything else uses
// Prisma (@/lib/db/client). Small: its queries are few and batched.
import pg from "pg";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";

const globalForSql = globalThis as unknown as { sqlPool?: pg.Pool };

export function getSqlPool(): pg.Pool {
  if (globalForSql.sqlPool) return globalForSql.sqlPool;
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, allowExitOnIdle: true });
  // An idle connection closed by the server (restart, failover): the pool opens a new one.
  pool.on("error", (error) => createLogger("db").warn("idle database connection lost", { error: error.message }));
  return (globalForSql.sqlPool = pool);
}
