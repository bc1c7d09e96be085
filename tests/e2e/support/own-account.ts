// An account of the test's own, written into the e2e stack's database: a test that fails
// sign-ins on purpose must not count them against a demo account every other test (and its
// own retry) of the run signs in with, and a driver journey must not inherit the status,
// offers and job an earlier attempt left on a shared demo driver.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { hashPassword } from "@/lib/auth/password";

type OwnRole = "CUSTOMER" | "DRIVER";

export async function createOwnAccount(password: string, role: OwnRole = "CUSTOMER", name = role === "DRIVER" ? "Own Driver" : "Own Account"): Promise<{ email: string }> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by tests/e2e/global-setup.ts");
  const db = createPrismaClient(url, 1);
  try {
    const email = `own-${randomUUID()}@example.test`;
    await db.user.create({
      data: {
        email,
        name,
        role,
        passwordHash: await hashPassword(password),
        ...(role === "DRIVER" ? { driver: { create: {} } } : {}),
      },
    });
    return { email };
  } finally {
    await db.$disconnect();
  }
}
