"use client";
import { useLocale, useTranslations } from "next-intl";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { rejectReasonKey } from "@/lib/kitchen/schemas";
import { formatOutletTime } from "@/lib/time/format-outlet-time";

/** Orders the kitchen is done with, for "where is my order?" at the counter. */
export function FinishedOrders({ orders, timeZone }: { orders: readonly KitchenOrder[]; timeZone: string }) {
  const t = useTranslations("kitchen");
  const locale = useLocale();
  if (orders.length === 0) return null;
  // An offered reason reads in the screen's language; a typed one as it was written.
  const reason = (text: string) => {
    const key = rejectReasonKey(text);
    return key ? t(`reject.reasons.${key}`) : text;
  };
  return (
    <details className="kitchen-finished">
      <summary>{t("finished.summary", { count: orders.length })}</summary>
      <ul className="list">
        {orders.map((o) => (
          <li key={o.id} data-order-id={o.id}>
            <strong>#{o.id.slice(0, 8)}</strong>{" "}
            {t.rich("finished.line", {
              who: o.tableNumber ? t("ticket.table", { table: o.tableNumber }) : t("ticket.delivery"),
              status: t(`status.${o.status}`),
              time: () => <time dateTime={o.updatedAt}>{formatOutletTime(o.updatedAt, timeZone, false, locale)}</time>,
            })}
            {o.status === "REJECTED" && o.failureReason && <span className="muted"> · {reason(o.failureReason)}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
