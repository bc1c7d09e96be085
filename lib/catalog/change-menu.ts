import { prisma, type Tx } from "@/lib/db/client";
import { invalidateMenu } from "@/lib/catalog/get-menu";

/**
 * Runs a menu or availability change in one transaction, then drops the cached menu. The
 * cache is cleared after commit, not inside: a reader between the two would otherwise load
 * the old rows again and cache them for the whole TTL.
 */
export async function changeMenu<T>(restaurantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await prisma.$transaction(work, { timeout: 10_000 });
  await invalidateMenu(restaurantId);
  return result;
}
