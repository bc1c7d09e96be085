// The demo world (`npm start` on a fresh database, `npm run db:seed`, every e2e run): ~40
// Amsterdam restaurants with menus and stock, the demo logins, a driver fleet and the sales
// channels. Idempotent: a database that already has the demo customer is left alone.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { buildDemoPlan } from "./build-demo-plan";
import { toDemoRows } from "./demo-rows";
import { DEMO_CHAIN_SLUG } from "./catalog/chains";
import { seedMonitoringHistory } from "./monitoring-history";
import { seedStreetAddresses } from "./streets/seed-street-addresses";

async function demoExists(prisma: PrismaClient): Promise<boolean> {
  const customer = await prisma.user.findUnique({ where: { email: DEMO_ACCOUNTS[0]!.email }, select: { id: true } });
  return customer !== null;
}

export async function seedDemo(prisma: PrismaClient): Promise<{ seeded: boolean }> {
  // The offline geocoder's streets are filled apart from the rest: a database seeded before
  // they existed gets them too.
  await seedStreetAddresses(prisma);
  if (await demoExists(prisma)) return { seeded: false };
  // Hashed once, outside the transaction: scrypt takes ~50 ms and 32 MiB per call.
  const rows = toDemoRows(buildDemoPlan(), await hashPassword(DEMO_PASSWORD));
  try {
    // All or nothing: a seed that dies half-way must not leave a database that looks seeded.
    await prisma.$transaction(
      async (tx) => {
        await tx.chain.createMany({ data: rows.chains });
        await tx.restaurant.createMany({ data: rows.restaurants });
        await tx.openingPeriod.createMany({ data: rows.periods });
        await tx.openingException.createMany({ data: rows.exceptions });
        await tx.menuCategory.createMany({ data: rows.categories });
        await tx.foodItem.createMany({ data: rows.items });
        await tx.inventory.createMany({ data: rows.inventory });
        await tx.optionGroup.createMany({ data: rows.optionGroups });
        await tx.menuOption.createMany({ data: rows.options });
        await tx.itemOptionGroup.createMany({ data: rows.itemOptionGroups });
        await tx.diningTable.createMany({ data: rows.tables });
        await tx.salesChannel.createMany({ data: rows.channels });
        await tx.listing.createMany({ data: rows.listings });
        await seedMonitoringHistory(tx, DEMO_CHAIN_SLUG);
        await tx.user.createMany({ data: rows.users });
        await tx.staffAssignment.createMany({ data: rows.staff });
        await tx.address.createMany({ data: rows.addresses });
        await tx.driver.createMany({ data: rows.drivers });
      },
      { timeout: 120_000 },
    );
  } catch (error) {
    // Two processes seeding the same fresh database: the loser's insert waits on the
    // winner's unique keys and fails once the winner commits. That is not an error.
    const lostRace = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (lostRace && (await demoExists(prisma))) return { seeded: false };
    throw error;
  }
  return { seeded: true };
}
