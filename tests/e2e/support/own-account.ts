// A customer account of the test's own, written into the e2e stack's database: a test that
// fails sign-ins on purpose must not count them against a demo account every other test (and
// its own retry) of the run signs in with.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { hashPassword } from "@/lib/auth/password";

export async function createOwnAccount(password: string): Promise<{ email: string }> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by tests/e2e/global-setup.ts");
  const db = createPrismaClient(url, 1);
  try {
    const email = `own-${randomUUID()}@example.test`;
    await db.user.create({ data: { email, name: "Own Account", role: "CUSTOMER", passwordHash: await hashPassword(password) } });
    return { email };
  } finally {
    await db.$disconnect();
  }
}
