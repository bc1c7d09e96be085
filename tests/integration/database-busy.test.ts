// PostgreSQL overloaded: a statement past DATABASE_STATEMENT_TIMEOUT_MS and a request that
// waited DATABASE_POOL_TIMEOUT_MS for a connection are answered 503 busy with Retry-After,
// not left hanging and not a 500. Real PostgreSQL, a client built as lib/db/client builds it.
import { afterAll, describe, expect, it } from "vitest";
import { errorResponse } from "@/lib/api/errors";
import { createPool, createPrismaClient } from "@/lib/db/create-prisma-client";
import { queryRows, sql } from "@/lib/db/sql";

// One connection, so a second request must wait for the pool.
const prisma = createPrismaClient(process.env.DATABASE_URL!, 1, { statementTimeoutMs: 300, poolTimeoutMs: 300 });
afterAll(() => prisma.$disconnect());

async function answerOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have failed").not.toBeNull();
  const res = errorResponse(error);
  return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.json() };
}

const busy = { status: 503, retryAfter: "1", body: { error: expect.any(String), code: "busy" } };

describe("a busy database", () => {
  it("cancels a statement past the statement timeout: 503 busy", async () => {
    expect(await answerOf(prisma.$queryRaw`SELECT pg_sleep(2)`)).toEqual(busy);
    // The connection is usable again at once.
    expect(await prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
  });

  it("cancels a model write stuck behind a lock: 503 busy (Prisma wraps it unlike raw SQL)", async () => {
    const key = { service: "busy-test", instance: "i1" };
    await prisma.serviceHeartbeat.create({ data: { ...key, lastSeenAt: new Date() } });
    const other = createPrismaClient(process.env.DATABASE_URL!, 1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = other.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM service_heartbeats WHERE service = ${key.service} FOR UPDATE`;
      locked();
      await held;
    }, { timeout: 10_000 });
    await isLocked;

    const write = prisma.serviceHeartbeat.update({ where: { service_instance: key }, data: { lastSeenAt: new Date() } });
    expect(await answerOf(write)).toEqual(busy);
    release();
    await holder;
    await other.$disconnect();
  });

  it("answers 503 busy when no pooled connection frees up in time, and serves again once one does", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await held;
    }, { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(await answerOf(prisma.$queryRaw`SELECT 1`)).toEqual(busy);
    expect(await answerOf(prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`))).toMatchObject({ status: 503, body: { code: "busy" } });

    release();
    await holder;
    expect(await prisma.$queryRaw`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
  });

  // The hot paths' plain SQL (lib/db/sql.ts) on a pool built as lib/db/client builds it.
  it("answers 503 busy for plain SQL past the statement timeout or kept waiting for a connection", async () => {
    const pool = createPool(process.env.DATABASE_URL!, 1, { statementTimeoutMs: 300, poolTimeoutMs: 300 });
    try {
      expect(await answerOf(queryRows(sql`SELECT pg_sleep(2)`, pool))).toEqual(busy);
      const holder = await pool.connect();
      expect(await answerOf(queryRows(sql`SELECT 1`, pool))).toEqual(busy);
      holder.release();
      expect(await queryRows(sql`SELECT ${41}::int + 1 AS ok`, pool)).toEqual([{ ok: 42 }]);
    } finally {
      await pool.end();
    }
  });
});
