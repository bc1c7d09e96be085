import type { Tx } from "@/lib/db/client";

/** Gives an order's reserved units back (payment failed, order cancelled or rejected): its items' and its options'. */
export async function releaseStock(tx: Tx, orderId: string) {
  const lines = await tx.orderItem.findMany({ where: { orderId }, select: { itemId: true, quantity: true }, orderBy: { itemId: "asc" } });
  for (const line of lines) {
    await tx.$executeRaw`
      UPDATE inventory SET quantity = quantity + ${line.quantity}, version = version + 1, updated_at = now()
      WHERE item_id = ${line.itemId}::uuid AND quantity IS NOT NULL`;
  }
  // The options each line took, from its snapshot, summed per option (in id order, as orders lock them).
  await tx.$executeRaw`
    UPDATE menu_options m SET quantity = m.quantity + taken.quantity, version = m.version + 1, updated_at = now()
    FROM (SELECT (o->>'optionId')::uuid AS option_id, sum(oi.quantity)::int AS quantity
          FROM order_items oi CROSS JOIN jsonb_array_elements(oi.options) AS o
          WHERE oi.order_id = ${orderId}::uuid GROUP BY 1 ORDER BY 1) AS taken
    WHERE m.id = taken.option_id AND m.quantity IS NOT NULL`;
}
