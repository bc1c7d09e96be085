import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/api/errors";
import { describeError } from "@/lib/errors/describe-error";
import type { Logger } from "@/lib/logger";

function prismaError(code: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError("boom", { code, clientVersion: "7.10.0", meta });
}

/** How Prisma reports a PostgreSQL error from the driver adapter (P2010 raw SQL, P2039 otherwise). */
const fromPostgres = (code: "P2010" | "P2039", sqlState: string) => prismaError(code, { driverAdapterError: { cause: { kind: "postgres", originalCode: sqlState } } });

describe("errorResponse", () => {
  it("sends an AppError as it is", async () => {
    const res = errorResponse(new AppError(409, "Stale", "stale_order"));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: "Stale", code: "stale_order" });
  });

  it("turns a zod error into a 400 with the failing paths", async () => {
    const parsed = z.object({ n: z.number() }).safeParse({ n: "x" });
    const res = errorResponse(parsed.error);
    expect(res.status).toBe(400);
    expect((await res.json()).details[0].path).toBe("n");
  });

  it("answers 503 with retry-after when no connection could start the transaction (P2028)", async () => {
    const res = errorResponse(prismaError("P2028"));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(await res.json()).toEqual({ error: "The service is busy, try again in a moment", code: "busy" });
  });

  // What a PostgreSQL restart looked like on the loopback cluster (tests/topology), directly
  // and through PgBouncer: the app reconnects by itself, so the caller is told to retry.
  it.each([
    ["a statement cut off by the shutdown (57P01)", fromPostgres("P2010", "57P01")],
    ["the server still starting up (57P03)", fromPostgres("P2039", "57P03")],
    ["PgBouncer unable to reach the server (08P01)", fromPostgres("P2039", "08P01")],
    ["a refused connection (P1001)", prismaError("P1001", { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } })],
    ["a pooled connection that died with the server", new Error("Client has encountered a connection error and is not queryable")],
    ["a socket reset inside a transaction", Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" })],
  ])("answers 503 unavailable with retry-after for %s", async (_, error) => {
    const res = errorResponse(error);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(await res.json()).toEqual({ error: "The service is unavailable for a moment, try again shortly", code: "unavailable" });
  });

  it("keeps a PostgreSQL error that is the request's own a 500 (a constraint the code did not expect)", async () => {
    expect(errorResponse(fromPostgres("P2010", "23514")).status).toBe(500);
  });

  it("keeps anything unexpected a generic 500 carrying the request id of its log line", async () => {
    const res = errorResponse(prismaError("P2010"));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: "Internal server error", code: "internal", requestId: expect.any(String) });
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
  });
});

describe("describeError's log", () => {
  function recordingLogger() {
    const lines: { level: string; msg: string }[] = [];
    const record = (level: string) => (msg: string) => void lines.push({ level, msg });
    return { lines, log: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") } as Logger };
  }

  it("warns when the database was busy or away, and says nothing for a caller's mistake answered 503", () => {
    const { lines, log } = recordingLogger();
    describeError(prismaError("P2028"), log);
    describeError(fromPostgres("P2010", "57P01"), log);
    describeError(new AppError(503, "Payments are paused", "unavailable"), log);
    describeError(new AppError(404, "Not found", "not_found"), log);
    expect(lines).toEqual([
      { level: "warn", msg: "database busy" },
      { level: "warn", msg: "database unavailable" },
    ]);
  });

  it("logs an unexpected error with the request id the caller gets", () => {
    const { lines, log } = recordingLogger();
    const answer = describeError(new Error("bug"), log);
    expect(answer.status).toBe(500);
    expect(answer.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([{ level: "error", msg: "unhandled error" }]);
  });
});
