// Driver accounts for `npm run simulate -- --drivers N`: the demo fleet first (driver1…driver29,
// never driver@swifteats.test, which is the person demoing the driver app), then
// sim-driver-N@swifteats.test accounts created here when N asks for more. Idempotent and safe
// to run twice at once (unique emails, skipDuplicates). They share the demo password.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Vehicle } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { EXTRA_DRIVERS } from "./catalog/people";
import { DEMO_PASSWORD } from "./demo-accounts";

const VEHICLES: Vehicle[] = ["BICYCLE", "BICYCLE", "SCOOTER", "BICYCLE", "CAR"];

export function simDriverEmails(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i < EXTRA_DRIVERS ? `driver${i + 1}@swifteats.test` : `sim-driver-${i + 1}@swifteats.test`));
}

/** The emails of `count` driver accounts, creating the sim-driver ones that are missing. */
export async function ensureSimDrivers(prisma: PrismaClient, count: number): Promise<{ emails: string[]; password: string; created: number }> {
  const emails = simDriverEmails(count);
  const wanted = emails.filter((e) => e.startsWith("sim-driver-"));
  const existing = new Set((await prisma.user.findMany({ where: { email: { in: wanted } }, select: { email: true } })).map((u) => u.email));
  const missing = wanted.filter((e) => !existing.has(e));
  if (missing.length > 0) {
    // scrypt is slow on purpose: one hash for every new account, as the demo seed does.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = missing.map((email) => ({ id: randomUUID(), email, name: `Sim ${email.split("@")[0]}`, role: "DRIVER" as const, passwordHash }));
    await prisma.user.createMany({ data: users, skipDuplicates: true });
  }
  // Every wanted account has a driver row, also one whose user a racing run created.
  const users = await prisma.user.findMany({ where: { email: { in: wanted }, driver: null }, select: { id: true, email: true } });
  await prisma.driver.createMany({
    data: users.map((u) => ({ userId: u.id, vehicle: VEHICLES[Number(u.email.match(/\d+/)![0]) % VEHICLES.length]! })),
    skipDuplicates: true,
  });
  return { emails, password: DEMO_PASSWORD, created: missing.length };
}
