import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";
import { formatCents } from "@/lib/money";
import { FORMAT_TAGS } from "@/lib/i18n/locales";
import { ReorderButton } from "@/components/orders/reorder-button";
import { describeOptions } from "@/lib/cart/cart-line";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders.list"))("title") };
}

export default async function OrdersPage() {
  const actor = await requireSurface("orders", "/orders");
  const [orders, t, locale] = await Promise.all([listCustomerOrders(actor), getTranslations("orders"), getLocale()]);
  /** "2 × Margherita (Large 35 cm, Olives; note: no basil)" */
  const lineSummary = (line: { quantity: number; name: string; options: { name: string }[]; notes: string | null }) => {
    const details = [describeOptions(line.options), line.notes && t("list.note", { note: line.notes })].filter(Boolean).join("; ");
    return `${line.quantity} × ${line.name}${details ? ` (${details})` : ""}`;
  };
  return (
    <>
      <h1>{t("list.title")}</h1>
      {orders.length === 0 ? (
        <section className="empty-state">
          <p className="muted">{t("list.empty")}</p>
          <Link href="/" className="button">
            {t("list.findRestaurant")}
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
                <span className="badge">{t(`status.${o.status}`)}</span>
              </div>
              <p className="muted small">
                {o.placedAt.toLocaleString(FORMAT_TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: o.restaurant.timeZone })} ·{" "}
                {formatCents(o.totalCents, o.currency, locale)} · {o.items.map(lineSummary).join("; ")}
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
