import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/api/errors";

function prismaError(code: string) {
  return new Prisma.PrismaClientKnownRequestError("boom", { code, clientVersion: "7.10.0" });
}

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

  it("keeps anything unexpected a generic 500 carrying the request id of its log line", async () => {
    const res = errorResponse(prismaError("P2010"));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: "Internal server error", code: "internal", requestId: expect.any(String) });
    expect(res.headers.get("x-request-id")).toBe(body.requestId);
  });
});
