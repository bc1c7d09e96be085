// Plain SQL on the process's pool (lib/db/client.ts), for the hot paths where Prisma's
// per-statement runtime was measured to dominate: a statement through `$queryRaw` cost
// 0.2–0.5 ms of CPU against 0.04–0.12 ms through `pg`, an interactive transaction of two
// statements 0.7–0.8 ms against 0.1 ms. Everything else uses the ORM.
import type pg from "pg";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";

/** Something that runs statements: the pool, or a transaction's connection. */
export type Sql = Pick<pg.Pool, "query">;

/** A statement from a template, `$queryRaw`-style: every `${value}` is a parameter, never text. */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): pg.QueryConfig {
  let text = strings[0]!;
  values.forEach((_, i) => (text += `$${i + 1}${strings[i + 1]}`));
  return { text, values };
}

/**
 * Names a hot statement, so that each pooled connection parses and plans it once and then
 * reuses PostgreSQL's plan: planning cost PostgreSQL 0.2–0.9 ms of CPU per call of the order
 * path's statements, more than most of them take to run (pg_stat_statements with
 * `track_planning`, `npm run bench -- ordering`). `name` must always come with the same text
 * (`pg` refuses a name reused for another). Off with DATABASE_PREPARED_STATEMENTS=false, for a
 * DATABASE_URL through a transaction-mode PgBouncer older than 1.21, where a statement
 * prepared on one server connection is unknown on the next.
 */
export function prepared(name: string, statement: pg.QueryConfig): pg.QueryConfig {
  return env.DATABASE_PREPARED_STATEMENTS ? { ...statement, name } : statement;
}

/** The rows a statement returns. */
export async function queryRows<T extends pg.QueryResultRow>(statement: pg.QueryConfig, db: Sql = pool): Promise<T[]> {
  return (await db.query<T>(statement)).rows;
}

/**
 * Runs `work` in a transaction on one pooled connection: committed if it returns, rolled back
 * if it throws (the error is passed on). A connection whose rollback failed is discarded.
 */
export async function inTransaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // The pool listens for a checked-out connection's errors no more: one lost between two
  // statements (a database restart) would be an unhandled 'error' event and end the process.
  // Noted here instead; the next statement on it fails, and the connection is discarded.
  const lost = (error: Error) => (broken = error);
  client.on("error", lost);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.off("error", lost);
    client.release(broken);
  }
}
