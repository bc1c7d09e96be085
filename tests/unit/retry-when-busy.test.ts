import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { retryWhenBusy } from "@/lib/db/retry-when-busy";

const busy = () => new Prisma.PrismaClientKnownRequestError("Unable to start a transaction in the given time.", { code: "P2028", clientVersion: "7" });

describe("retryWhenBusy", () => {
  it("runs again while the database is busy, then returns the answer", async () => {
    let calls = 0;
    const result = await retryWhenBusy(async () => {
      if (++calls < 3) throw busy();
      return "settled";
    }, { baseMs: 1 });
    expect([result, calls]).toEqual(["settled", 3]);
  });

  it("runs again while the database is restarting (the statement was cut off: 57P01)", async () => {
    const restarting = new Prisma.PrismaClientKnownRequestError("terminating connection due to administrator command", {
      code: "P2010",
      clientVersion: "7",
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    let calls = 0;
    const result = await retryWhenBusy(async () => {
      if (++calls < 4) throw restarting;
      return "settled";
    }, { baseMs: 1 });
    expect([result, calls]).toEqual(["settled", 4]);
  });

  it("never retries another error, and gives up after its attempts", async () => {
    let calls = 0;
    await expect(retryWhenBusy(() => (calls++, Promise.reject(new Error("bug"))), { baseMs: 1 })).rejects.toThrow("bug");
    expect(calls).toBe(1);
    calls = 0;
    await expect(retryWhenBusy(() => (calls++, Promise.reject(busy())), { attempts: 4, baseMs: 1 })).rejects.toMatchObject({ code: "P2028" });
    expect(calls).toBe(4);
  });
});
