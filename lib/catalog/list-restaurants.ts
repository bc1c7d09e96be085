import { z } from "zod";
import { prisma } from "@/lib/db/client";

export const listRestaurantsQuery = z.object({
  cursor: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
});

/** Public catalog page: restaurants by rating. Distance, filters and search arrive with ordering. */
export async function listRestaurants(input: z.input<typeof listRestaurantsQuery>) {
  const { cursor, limit } = listRestaurantsQuery.parse(input);
  const rows = await prisma.restaurant.findMany({
    orderBy: [{ rating: "desc" }, { id: "asc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      description: true,
      cuisines: true,
      dietaryTags: true,
      priceLevel: true,
      rating: true,
      ratingCount: true,
      address: true,
      lat: true,
      lng: true,
      deliveryFeeCents: true,
      avgPrepMinutes: true,
      declaredStatus: true,
      chain: { select: { name: true } },
    },
  });
  const page = rows.slice(0, limit).map((r) => ({ ...r, rating: Number(r.rating) }));
  return { restaurants: page, nextCursor: rows.length > limit ? page.at(-1)!.id : null };
}
