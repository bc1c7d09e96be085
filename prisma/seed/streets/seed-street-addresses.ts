// Fills the offline geocoder's address table (street_addresses) when it is empty. Apart from
// the demo people and outlets: a database seeded before the table existed gets it on the
// next seed, and its rows are the same every time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildStreetAddresses } from "./build-street-addresses";

export async function seedStreetAddresses(prisma: PrismaClient): Promise<{ seeded: number }> {
  if (await prisma.streetAddress.findFirst({ select: { id: true } })) return { seeded: 0 };
  // Two seeds at once: the unique (city, street, house_number) key keeps one copy.
  const { count } = await prisma.streetAddress.createMany({ data: buildStreetAddresses(), skipDuplicates: true });
  return { seeded: count };
}
