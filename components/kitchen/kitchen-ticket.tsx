"use client";
import { useTranslations } from "next-intl";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { ticketTimer } from "@/lib/kitchen/ticket-timer";
import { KitchenLine } from "./kitchen-line";
import { TicketActions } from "./ticket-actions";

interface Props {
  order: KitchenOrder;
  restaurantId: string;
  /** From useClock: null until hydrated. */
  now: number | null;
  /** Just arrived: flashes. */
  fresh: boolean;
}

export function KitchenTicket({ order, restaurantId, now, fresh }: Props) {
  const t = useTranslations("kitchen.ticket");
  const timer = now === null ? null : ticketTimer(order, now);
  const titleId = `ticket-${order.id}`;
  return (
    <article className="kitchen-ticket" aria-labelledby={titleId} data-order-id={order.id} data-urgency={timer?.urgency ?? "ok"} data-fresh={fresh || undefined}>
      <header className="kitchen-ticket-head">
        <h3 id={titleId}>#{order.id.slice(0, 8)}</h3>
        <span className="kitchen-timer" role="timer">
          {timer ? t(`timer.${timer.phase}`, { duration: timer.duration }) : "…"}
        </span>
      </header>
      <p className="kitchen-ticket-for">
        {order.tableNumber ? <strong className="kitchen-table">{t("table", { table: order.tableNumber })}</strong> : t("delivery")}
        {order.customerName && <span> · {order.customerName}</span>}
      </p>
      {order.kitchenNote && (
        <p className="kitchen-order-note" role="note">
          <strong>{t("kitchenNote")}</strong> {order.kitchenNote}
        </p>
      )}
      <ul className="kitchen-items">
        {/* By position: one dish can be two lines, with different options or notes. */}
        {order.items.map((line, index) => (
          <KitchenLine key={`${line.itemId}:${index}`} line={line} />
        ))}
      </ul>
      <TicketActions order={order} restaurantId={restaurantId} />
    </article>
  );
}
