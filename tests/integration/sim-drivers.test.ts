// The simulator's driver accounts: the demo fleet first, then sim-driver-N accounts created
// once, also when two simulator runs start at the same moment.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { ensureSimDrivers, simDriverEmails } from "@/prisma/seed/ensure-sim-drivers";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";

beforeAll(async () => {
  await seedDemo(prisma);
});

describe("ensureSimDrivers", () => {
  it("uses the demo fleet (never the demo driver) before creating sim drivers", async () => {
    const { emails, created } = await ensureSimDrivers(prisma, 5);
    expect(created).toBe(0);
    expect(emails).toEqual(["driver1@swifteats.test", "driver2@swifteats.test", "driver3@swifteats.test", "driver4@swifteats.test", "driver5@swifteats.test"]);
    expect(simDriverEmails(31).slice(28)).toEqual(["driver29@swifteats.test", "sim-driver-30@swifteats.test", "sim-driver-31@swifteats.test"]);
  });

  it("creates the missing sim drivers once, even when two runs race, and they can sign in", async () => {
    const [a, b] = await Promise.all([ensureSimDrivers(prisma, 40), ensureSimDrivers(prisma, 40)]);
    expect(a.emails).toEqual(b.emails);
    const sim = await prisma.user.findMany({ where: { email: { startsWith: "sim-driver-" } }, select: { role: true, passwordHash: true, driver: { select: { status: true } } } });
    expect(sim).toHaveLength(11);
    expect(sim.every((u) => u.role === "DRIVER" && u.driver?.status === "OFFLINE")).toBe(true);
    expect(await verifyPassword(DEMO_PASSWORD, sim[0]!.passwordHash)).toBe(true);

    const again = await ensureSimDrivers(prisma, 40);
    expect(again.created).toBe(0);
    expect(await prisma.user.count({ where: { email: { startsWith: "sim-driver-" } } })).toBe(11);
  });
});
