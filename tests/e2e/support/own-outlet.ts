// An outlet of the test's own in the demo chain: pausing it, its incidents and its hourly
// remote-resume budget belong to that test alone, and a retry starts with a fresh one, so it
// proves the same thing as the first run. Written straight into the e2e stack's database
// (global setup exports its URL): staffed by the demo staff member, open around the clock,
// one dish on the menu, listed on our own channels (observed from our data, no partner feed).
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

const CHAIN_OUTLET = "Forno Rosso Centrum";
const staffEmail = DEMO_ACCOUNTS.find((a) => a.role === "RESTAURANT_STAFF")!.email;

export async function createOwnOutlet(prefix: string): Promise<{ id: string; name: string }> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is set by tests/e2e/global-setup.ts");
  const db = createPrismaClient(url, 1);
  try {
    const model = await db.restaurant.findFirstOrThrow({
      where: { name: CHAIN_OUTLET },
      select: { chainId: true, lat: true, lng: true, geoKey: true, address: true, city: true, timeZone: true, listings: { select: { channelId: true, channel: { select: { kind: true } } } } },
    });
    const staff = await db.user.findUniqueOrThrow({ where: { email: staffEmail }, select: { id: true } });
    const name = `${prefix} ${randomUUID().slice(0, 8)}`;
    const outlet = await db.restaurant.create({
      data: {
        name,
        chainId: model.chainId,
        lat: model.lat + 0.002,
        lng: model.lng + 0.002,
        geoKey: model.geoKey,
        address: `${name} street 1`,
        city: model.city,
        timeZone: model.timeZone,
        openingPeriods: { create: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, opensMinute: 0, closesMinute: 1440 })) },
        staff: { create: { userId: staff.id } },
        listings: { create: model.listings.filter((l) => l.channel.kind !== "PARTNER").map((l) => ({ channelId: l.channelId })) },
      },
      select: { id: true, name: true },
    });
    await db.foodItem.create({ data: { restaurantId: outlet.id, name: "Margherita", priceCents: 1100, inventory: { create: { restaurantId: outlet.id, quantity: null } } } });
    return outlet;
  } finally {
    await db.$disconnect();
  }
}
