"use client";
// The table's orders of this sitting and where each one is. The list is a polite live region,
// so a screen reader hears "Accepted by the kitchen" when the status changes, without the
// diner having to look. Times are the outlet's clock, in the diner's language.
import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import type { TableOrder } from "./use-table-orders";

export function TableOrderStatus({ orders, timeZone }: { orders: TableOrder[]; timeZone: string }) {
  const t = useTranslations("kiosk.status");
  const locale = useLocale();
  return (
    <section className="card kiosk-status" aria-labelledby="kiosk-status-title">
      <h2 id="kiosk-status-title">{t("title")}</h2>
      <ul className="kiosk-status-list" aria-live="polite" data-testid="table-order-status">
        {orders.map((o) => (
          <li key={o.order_id} data-status={o.status}>
            <span className="muted small">
              #{o.order_id.slice(0, 8)} · <time dateTime={o.placed_at}>{formatOutletTime(o.placed_at, timeZone, false, locale)}</time> ·{" "}
              {formatCents(o.total_cents, "EUR", locale)}
            </span>
            <strong>{t(o.status)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
