import { prisma } from "@/lib/db/client";
import { getOrLoad } from "@/lib/cache/cache";

/** The cuisines offered anywhere, most common first, for the browse filter. */
export function listCuisines(): Promise<string[]> {
  return getOrLoad("cuisines", 5 * 60_000, async () => {
    const rows = await prisma.$queryRaw<{ cuisine: string }[]>`
      SELECT c AS cuisine FROM restaurants, unnest(cuisines) AS c GROUP BY c ORDER BY count(*) DESC, c LIMIT 40`;
    return rows.map((r) => r.cuisine);
  });
}
