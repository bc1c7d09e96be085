import type { Metadata } from "next";
import Link from "next/link";
import { requireSurface } from "@/lib/auth/session";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { formatCents } from "@/lib/money";
import { STATUS_LABEL } from "@/lib/orders/status-labels";
import { ReorderButton } from "@/components/orders/reorder-button";
import { describeOptions } from "@/lib/cart/cart-line";

export const metadata: Metadata = { title: "Your orders" };

/** "2 × Margherita (Large 35 cm, Olives; note: no basil)" */
function lineSummary(line: { quantity: number; name: string; options: { name: string }[]; notes: string | null }) {
  const details = [describeOptions(line.options), line.notes && `note: ${line.notes}`].filter(Boolean).join("; ");
  return `${line.quantity} × ${line.name}${details ? ` (${details})` : ""}`;
}

export default async function OrdersPage() {
  const actor = await requireSurface("orders", "/orders");
  const orders = await listCustomerOrders(actor);
  return (
    <>
      <h1>Your orders</h1>
      {orders.length === 0 ? (
        <section className="empty-state">
          <p className="muted">You have not ordered yet.</p>
          <Link href="/" className="button">
            Find a restaurant
          </Link>
        </section>
      ) : (
        <ul className="list">
          {orders.map((o) => (
            <li key={o.id} className="card">
              <div className="restaurant-card-title">
                <h2>
                  <Link href={`/orders/${o.id}`}>{o.restaurant.name}</Link>
                </h2>
                <span className="badge">{STATUS_LABEL[o.status]}</span>
              </div>
              <p className="muted small">
                {o.placedAt.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: o.restaurant.timeZone })} ·{" "}
                {formatCents(o.totalCents, o.currency)} · {o.items.map(lineSummary).join("; ")}
              </p>
              <ReorderButton
                restaurant={{ restaurantId: o.restaurant.id, restaurantName: o.restaurant.name, deliveryFeeCents: o.restaurant.deliveryFeeCents }}
                lines={o.items}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
