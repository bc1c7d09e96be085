// A table of the test's own at the demo outlet: its 5-orders-a-minute budget and its token
// (which a test may rotate) belong to that test alone, so tablet specs never share the demo
// table T1's. Written straight into the e2e stack's database, as support/own-outlet.ts does.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";

const OUTLET = "Forno Rosso Centrum";

function database() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by tests/e2e/global-setup.ts");
  return createPrismaClient(url, 1);
}

export async function createOwnTable(): Promise<{ id: string; number: string; token: string; restaurantId: string }> {
  const db = database();
  try {
    const outlet = await db.restaurant.findFirstOrThrow({ where: { name: OUTLET }, select: { id: true } });
    const number = `E${randomUUID().slice(0, 6)}`;
    const token = `tablet-${randomUUID()}`;
    const table = await db.diningTable.create({ data: { restaurantId: outlet.id, number, token }, select: { id: true } });
    return { id: table.id, number, token, restaurantId: outlet.id };
  } finally {
    await db.$disconnect();
  }
}
