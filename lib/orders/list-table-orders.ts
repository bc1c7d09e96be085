// What a table tablet may read back: the status of orders it sent itself. The tablet names
// them by the ids the seed-004 POST answered with; the table token scopes the query, so another
// table's order (or a customer's) is simply not in the answer.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findTableByToken } from "@/lib/orders/place-table-order";

export async function listTableOrders({ token, orderIds }: { token: string | null; orderIds: string[] }) {
  const table = await findTableByToken(token);
  if (!table) throw new AppError(401, "Invalid table token");
  const orders = await prisma.order.findMany({
    where: { id: { in: orderIds }, tableId: table.id },
    orderBy: { placedAt: "asc" },
    select: { id: true, status: true, placedAt: true, totalCents: true },
  });
  return orders.map((o) => ({ order_id: o.id, status: o.status, placed_at: o.placedAt.toISOString(), total_cents: o.totalCents }));
}
