// With a healthy Redis, a wrong command is a bug to see (its error reply, a 500), not an
// outage: it is not turned into 503 and does not open the breaker.
import { afterAll, expect, it } from "vitest";
import { getRedis, RedisUnavailableError, withRedis } from "@/lib/redis";
import { env } from "@/lib/env";

afterAll(() => getRedis()?.quit());

it.skipIf(!process.env.REDIS_URL)("passes error replies through without opening the breaker", async () => {
  for (let i = 0; i < env.REDIS_BREAKER_FAILURES + 2; i++) {
    const error = await withRedis((r) => r.call("NO_SUCH_COMMAND")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RedisUnavailableError);
    expect((error as Error).message).toMatch(/unknown command/i);
  }
  expect(await withRedis((r) => r.ping())).toBe("PONG");
});
