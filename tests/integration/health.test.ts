import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { HEARTBEAT_STALE_MS, recordHeartbeat } from "@/lib/health/record-heartbeat";

describe("health", () => {
  it("names each part; realtime and worker are down until they send a heartbeat", async () => {
    const before = await checkHealth();
    expect(before.checks.database.status).toBe("ok");
    expect(before.checks.realtime.status).toBe("down");
    expect(before.checks.worker.status).toBe("down");
    expect(before.status).toBe("degraded");

    await recordHeartbeat(prisma, "realtime", "r1", { connections: 3 });
    await recordHeartbeat(prisma, "worker", "w1", {});
    const after = await checkHealth();
    expect(after.checks.realtime).toMatchObject({ status: "ok", instances: [{ instance: "r1", info: { connections: 3 } }] });
    expect(after.checks.worker.status).toBe("ok");
    expect(after.checks.redis.status).toBe(process.env.REDIS_URL ? "ok" : "not_configured");
    expect(after.status).toBe("ok");
  });

  it("treats a heartbeat older than the stale window as down", async () => {
    await prisma.serviceHeartbeat.upsert({
      where: { service_instance: { service: "worker", instance: "w1" } },
      create: { service: "worker", instance: "w1", lastSeenAt: new Date(Date.now() - HEARTBEAT_STALE_MS - 1000) },
      update: { lastSeenAt: new Date(Date.now() - HEARTBEAT_STALE_MS - 1000) },
    });
    expect((await checkHealth()).checks.worker.status).toBe("down");
  });
});
