import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/** A live category of the outlet (404 for another outlet's or an archived one), locked for the edit. */
export async function findOutletCategory(tx: Tx, restaurantId: string, categoryId: unknown) {
  const id = z.uuid().parse(categoryId);
  const [category] = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT id, name FROM menu_categories
    WHERE id = ${id}::uuid AND restaurant_id = ${restaurantId}::uuid AND archived_at IS NULL
    FOR NO KEY UPDATE`;
  if (!category) throw notFound("Category");
  return category;
}
