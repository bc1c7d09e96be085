import { prisma } from "@/lib/db/client";

/** The current menu version of each existing outlet among `restaurantIds`. */
export async function listMenuVersions(restaurantIds: string[]): Promise<Map<string, number>> {
  if (restaurantIds.length === 0) return new Map();
  const rows = await prisma.restaurant.findMany({ where: { id: { in: restaurantIds } }, select: { id: true, menuVersion: true } });
  return new Map(rows.map((r) => [r.id, r.menuVersion]));
}
