// lib/db/sql.ts's transactions on real PostgreSQL: committed or rolled back whole, and a
// connection the server drops between two statements (a restart) fails the transaction
// instead of ending the process with an unhandled 'error' event. A named hot statement is
// prepared once per connection and served by that preparation afterwards.
import { describe, expect, it } from "vitest";
import { inTransaction, prepared, queryRows, sql } from "@/lib/db/sql";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";

describe("inTransaction", () => {
  it("commits what the work wrote, and rolls all of it back when the work throws", async () => {
    await queryRows(sql`CREATE TABLE IF NOT EXISTS sql_tx_probe (n int)`);
    await inTransaction((tx) => tx.query("INSERT INTO sql_tx_probe VALUES (1)"));
    const failed = await inTransaction(async (tx) => {
      await tx.query("INSERT INTO sql_tx_probe VALUES (2)");
      throw new Error("changed my mind");
    }).catch((error: Error) => error.message);
    expect(failed).toBe("changed my mind");
    expect(await queryRows(sql`SELECT n FROM sql_tx_probe ORDER BY n`)).toEqual([{ n: 1 }]);
  });

  it("fails the transaction when its connection is dropped between statements, and serves again", async () => {
    const error = await inTransaction(async (tx) => {
      const [{ pid }] = (await tx.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows as [{ pid: number }];
      // From another connection, waiting until the backend is gone: the server's notice
      // reaches this connection while no statement runs on it.
      await queryRows(sql`SELECT pg_terminate_backend(${pid}, 5000)`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.query("SELECT 1");
    }).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(await queryRows(sql`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
  });
});

describe("prepared", () => {
  it("prepares a statement once on its connection and runs it again with other values", async () => {
    const answers = await inTransaction(async (tx) => {
      const first = await queryRows<{ n: number }>(prepared("sql-test-double", sql`SELECT ${2}::int * 2 AS n`), tx);
      const second = await queryRows<{ n: number }>(prepared("sql-test-double", sql`SELECT ${21}::int * 2 AS n`), tx);
      // The connection's own preparations: pg_prepared_statements is per session.
      const held = await queryRows<{ name: string; statement: string }>(sql`SELECT name, statement FROM pg_prepared_statements WHERE name = 'sql-test-double'`, tx);
      return { first, second, held };
    });
    expect(answers.first).toEqual([{ n: 4 }]);
    expect(answers.second).toEqual([{ n: 42 }]);
    expect(answers.held).toEqual([{ name: "sql-test-double", statement: "SELECT $1::int * 2 AS n" }]);
  });
});
