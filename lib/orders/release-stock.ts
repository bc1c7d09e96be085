import type { Tx } from "@/lib/db/client";

/** Gives an order's reserved units back (payment failed, order cancelled or rejected). */
export async function releaseStock(tx: Tx, orderId: string) {
  const lines = await tx.orderItem.findMany({ where: { orderId }, select: { itemId: true, quantity: true }, orderBy: { itemId: "asc" } });
  for (const line of lines) {
    await tx.$executeRaw`
      UPDATE inventory SET quantity = quantity + ${line.quantity}, version = version + 1, updated_at = now()
      WHERE item_id = ${line.itemId}::uuid AND quantity IS NOT NULL`;
  }
}
