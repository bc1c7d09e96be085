"use client";
// The live kitchen screen of one outlet: its queue in columns, moved along by taps, kept
// current by the outlet's order events, readable from a metre away on a tablet.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import type { KitchenQueue } from "@/lib/kitchen/list-kitchen-orders";
import { BOARD_COLUMNS, boardColumnOf, type BoardColumnId } from "@/lib/kitchen/kitchen-board";
import { LiveAnnouncement } from "@/components/live-announcement";
import { FinishedOrders } from "./finished-orders";
import { KitchenTicket } from "./kitchen-ticket";
import { useAlertSound } from "./use-alert-sound";
import { useClock } from "./use-clock";
import { useKitchenHeartbeat } from "./use-kitchen-heartbeat";
import { useKitchenQueue } from "./use-kitchen-queue";
import { useNewOrderAlert } from "./use-new-order-alert";
import { newOrderAnnouncement } from "./new-order-announcement";

interface Props {
  restaurant: { id: string; name: string; timeZone: string };
  initialQueue: KitchenQueue;
  realtimeUrl: string;
  /** Only the outlet's own staff make it count as staffed (an admin looking is not the kitchen). */
  sendHeartbeat: boolean;
}

function byColumn(orders: readonly KitchenOrder[]) {
  const columns: Record<BoardColumnId, KitchenOrder[]> = { new: [], accepted: [], preparing: [], ready: [] };
  const finished: KitchenOrder[] = [];
  for (const order of orders) {
    const column = boardColumnOf(order.status);
    if (column) columns[column].push(order);
    else finished.push(order);
  }
  return { columns, finished };
}

export function KitchenScreen({ restaurant, initialQueue, realtimeUrl, sendHeartbeat }: Props) {
  const t = useTranslations("kitchen");
  const announce = useTranslations("kitchen.announcement");
  const { queue, connected } = useKitchenQueue(restaurant.id, initialQueue, realtimeUrl);
  useKitchenHeartbeat(realtimeUrl, restaurant.id, sendHeartbeat);
  const now = useClock();
  const sound = useAlertSound();
  const { columns, finished } = byColumn(queue.orders);
  const isFresh = useNewOrderAlert(
    columns.new.map((o) => o.id),
    now,
    sound.play,
  );
  const base = `/kitchen/${restaurant.id}`;

  return (
    <div className="kitchen" data-alert={columns.new.some((o) => isFresh(o.id)) || undefined}>
      <LiveAnnouncement text={newOrderAnnouncement(
          columns.new.filter((o) => isFresh(o.id)),
          announce,
        )} testId="kitchen-announcement" />
      <div className="kitchen-bar">
        <p className="kitchen-outlet">{restaurant.name}</p>
        <p className="kitchen-connection" role="status" data-testid="kitchen-connection" data-connected={connected}>
          {connected ? t("screen.live") : t("screen.reconnecting")}
        </p>
        <button type="button" className="button button-quiet button-small" aria-pressed={sound.state === "on"} onClick={sound.toggle}>
          {t(`screen.sound.${sound.state}`)}
        </button>
        <nav className="kitchen-links" aria-label={t("screen.settings")}>
          <Link href={`${base}/availability`}>{t("nav.availability")}</Link>
          <Link href={`${base}/menu`}>{t("nav.menu")}</Link>
          <Link href={`${base}/tables`}>{t("nav.tables")}</Link>
        </nav>
      </div>

      <div className="kitchen-board">
        {BOARD_COLUMNS.map((column) => (
          <section key={column.id} className="kitchen-column" data-column={column.id} aria-labelledby={`column-${column.id}`}>
            <h2 id={`column-${column.id}`}>
              {t(`columns.${column.id}`)} <span className="kitchen-count">{columns[column.id].length}</span>
            </h2>
            {columns[column.id].length === 0 ? (
              <p className="muted kitchen-empty">{t("screen.noOrders")}</p>
            ) : (
              <div className="kitchen-tickets">
                {columns[column.id].map((order) => (
                  <KitchenTicket key={order.id} order={order} restaurantId={restaurant.id} now={now} fresh={isFresh(order.id)} />
                ))}
              </div>
            )}
          </section>
        ))}
      </div>

      <FinishedOrders orders={finished} timeZone={restaurant.timeZone} />
    </div>
  );
}
