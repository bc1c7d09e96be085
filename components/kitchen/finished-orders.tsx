import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { STATUS_LABEL } from "@/lib/orders/status-labels";

/** Orders the kitchen is done with, for "where is my order?" at the counter. */
export function FinishedOrders({ orders, timeZone }: { orders: readonly KitchenOrder[]; timeZone: string }) {
  if (orders.length === 0) return null;
  const time = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return (
    <details className="kitchen-finished">
      <summary>Finished recently ({orders.length})</summary>
      <ul className="list">
        {orders.map((o) => (
          <li key={o.id} data-order-id={o.id}>
            <strong>#{o.id.slice(0, 8)}</strong> {o.tableNumber ? `Table ${o.tableNumber}` : "Delivery"} · {STATUS_LABEL[o.status]} at{" "}
            <time dateTime={o.updatedAt}>{time(o.updatedAt)}</time>
            {o.status === "REJECTED" && o.failureReason && <span className="muted"> · {o.failureReason}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
