// With the database unreachable, health says "down" (the route answers 503) instead of throwing.
import { expect, it } from "vitest";

it("reports the database down and does not pretend to know the rest", async () => {
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/unreachable";
  const { checkHealth } = await import("@/lib/health/check-health");
  const health = await checkHealth();
  expect(health.status).toBe("down");
  expect(health.checks.database.status).toBe("down");
  expect(health.checks.realtime.status).toBe("down");
});
