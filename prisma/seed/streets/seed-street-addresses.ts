// Fills the offline geocoder's address table (street_addresses) when it is empty. Apart from
// the demo people and outlets: a database seeded before the table existed gets it on the
// next seed, and its rows are the same every time.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildStreetAddresses } from "./build-street-addresses";

export async function seedStreetAddresses(prisma: PrismaClient): Promise<{ seeded: number }> {
  if (await prisma.streetAddress.findFirst({ select: { id: true } })) return { seeded: 0 };
  // Two seeds at once (`npm start` beside `npm run db:seed`): one fills the table while the
  // other waits on the lock, then finds it filled. Concurrent inserts of the same keys instead
  // hung.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed:street_addresses'))`;
      if (await tx.streetAddress.findFirst({ select: { id: true } })) return { seeded: 0 };
      // One statement over arrays: createMany would send ~8,000 rows as many batches.
      const rows = buildStreetAddresses();
      const seeded = await tx.$executeRaw`
        INSERT INTO street_addresses (id, street, house_number, postcode, city, lat, lng)
        SELECT gen_random_uuid(), r.* FROM unnest(
          ${rows.map((r) => r.street)}::text[], ${rows.map((r) => r.houseNumber)}::int[], ${rows.map((r) => r.postcode)}::text[],
          ${rows.map((r) => r.city)}::text[], ${rows.map((r) => r.lat)}::float8[], ${rows.map((r) => r.lng)}::float8[]
        ) AS r`;
      return { seeded };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
