"use client";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { useOrderEvents } from "@/lib/realtime/use-order-events";
import { formatCents } from "@/lib/money";
import { CancelOrderButton } from "./cancel-order-button";
import { DELIVERY_STEPS } from "@/lib/orders/status-labels";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { isPositionStale } from "@/lib/tracking/position-staleness";
import { useClock } from "@/components/kitchen/use-clock";
import type { OrderTracking } from "@/lib/tracking/get-order-tracking";
import { useDriverTracking } from "./use-driver-tracking";
import { DeliveryStatus } from "./delivery-status";
import { CartLineDetails } from "@/components/cart/cart-line-details";
import { LiveAnnouncement } from "@/components/live-announcement";

function MapLoading() {
  const t = useTranslations("orders.tracker");
  return <div className="map map-loading">{t("loadingMap")}</div>;
}

const OrderMap = dynamic(() => import("@/components/map/order-map"), { ssr: false, loading: MapLoading });

type Order = Omit<Awaited<ReturnType<typeof getCustomerOrder>>, "placedAt" | "etaAt"> & { placedAt: string; etaAt: string | null };

export function OrderTracker({ order, tracking, realtimeUrl }: { order: Order; tracking: OrderTracking; realtimeUrl: string }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, order.currency, locale);
  /** Timeline entries that are not a status change, by event type. */
  const eventLabel = (type: string) => (type === "order.driver_assigned" ? t("tracker.driverAssigned") : type);
  const { events, connected } = useOrderEvents({ orderId: order.id }, order.events, realtimeUrl);
  const live = useDriverTracking(order.id, realtimeUrl, tracking);
  const now = useClock();
  const [tilesFailed, setTilesFailed] = useState(false);
  const router = useRouter();
  // A new event can come with data the page reads on the server (the driver assigned, the
  // hand-over code): render it again, in place, without a reload.
  const seen = useRef(events.length);
  useEffect(() => {
    if (events.length === seen.current) return;
    seen.current = events.length;
    router.refresh();
  }, [events.length, router]);
  const status: OrderStatus = events.findLast((e) => e.toStatus)?.toStatus ?? order.status;
  // Announced when it changes while the page is open; the status the page opened with is on screen.
  const [openedWith] = useState(status);
  // Why it ended: the payment provider's answer, or the reason the kitchen gave.
  const failure = events.findLast((e) => e.toStatus === "PAYMENT_FAILED" || e.toStatus === "REJECTED")?.payload as { reason?: string } | undefined;
  const failureReason = failure?.reason ?? order.failureReason;
  const time = (iso: string) => formatOutletTime(iso, order.restaurant.timeZone, false, locale);
  const label = (s: OrderStatus) => t(`status.${s}`);
  const hint = t(`hint.${status}`);
  const reached = DELIVERY_STEPS.indexOf(status);
  const destination = order.deliveryLat !== null && order.deliveryLng !== null ? { lat: order.deliveryLat, lng: order.deliveryLng } : null;

  return (
    <div className="order-page">
      <section className="order-head">
        <p className="muted small">{t("tracker.reference", { ref: order.id.slice(0, 8), restaurant: order.restaurant.name })}</p>
        <h1 data-testid="order-status">{label(status)}</h1>
        <LiveAnnouncement text={status === openedWith ? "" : t("tracker.announcement", { status: label(status), hint })} testId="order-status-announcement" />
        <p>
          {hint}
          {(status === "PAYMENT_FAILED" || status === "REJECTED") && failureReason ? (
            <>
              {" "}
              <span data-testid="order-end-reason">{t(status === "REJECTED" ? "tracker.restaurantSaid" : "tracker.reason", { reason: failureReason })}</span>
            </>
          ) : (
            ""
          )}
        </p>
        <p className="muted small" aria-live="polite">
          {connected ? t("tracker.live") : t("tracker.reconnecting")}
        </p>
        {(status === "PLACED" || status === "PAID") && <CancelOrderButton orderId={order.id} />}
        {tracking.deliveryCode && !["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"].includes(status) && (
          <p className="delivery-code">
            {t.rich("tracker.handOver", { code: tracking.deliveryCode, strong: (chunks) => <strong data-testid="delivery-code">{chunks}</strong> })}
          </p>
        )}
      </section>

      {reached >= 0 && (
        <ol className="progress" aria-label={t("tracker.progress")}>
          {DELIVERY_STEPS.map((s, i) => (
            <li key={s} data-done={i <= reached}>
              {label(s)}
            </li>
          ))}
        </ol>
      )}

      <div className="order-grid">
        {/* The map and ETA first: on a phone they were ~1,150 px down, under the timeline. */}
        <section className="card order-map-card" aria-label={t("tracker.map")}>
          <OrderMap
            restaurant={{ lat: order.restaurant.lat, lng: order.restaurant.lng, name: order.restaurant.name }}
            destination={destination}
            driver={live.position && status === "PICKED_UP" ? { position: live.position, gapMs: live.gapMs, stale: now !== null && isPositionStale(live.heardAt, now) } : null}
            onTilesFailed={() => setTilesFailed(true)}
          />
          <DeliveryStatus
            status={status}
            tracking={live}
            driver={tracking.driver}
            restaurant={order.restaurant}
            destination={destination ? { ...destination, address: order.deliveryAddress } : null}
            timeZone={order.restaurant.timeZone}
            tilesFailed={tilesFailed}
          />
        </section>

        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t("tracker.timeline")}</h2>
          <ol className="timeline" data-testid="order-timeline">
            {events.map((e) => (
              <li key={e.seq}>
                <time dateTime={e.createdAt}>{time(e.createdAt)}</time> {e.toStatus ? label(e.toStatus) : eventLabel(e.type)}
              </li>
            ))}
          </ol>
        </section>

        <section className="card" aria-labelledby="items-title">
          <h2 id="items-title">{t("tracker.yourOrder")}</h2>
          <ul className="cart-lines">
            {order.items.map((i, index) => (
              // One dish can be several lines (other choices, another note): keyed by position.
              <li key={index} data-testid="order-line">
                <span>
                  {i.quantity} × {i.name}
                  <CartLineDetails options={i.options} note={i.notes} allergens={i.allergens} />
                </span>
                <span />
                <span>{money(i.unitPriceCents * i.quantity)}</span>
              </li>
            ))}
          </ul>
          {order.kitchenNote && (
            <p className="line-note" data-testid="kitchen-note">
              {t("tracker.kitchenNote", { note: order.kitchenNote })}
            </p>
          )}
          <dl className="totals">
            <dt>{t("tracker.food")}</dt>
            <dd>{money(order.subtotalCents)}</dd>
            {order.deliveryFeeCents > 0 && (
              <>
                <dt>{t("tracker.delivery")}</dt>
                <dd>{money(order.deliveryFeeCents)}</dd>
              </>
            )}
            {order.serviceFeeCents > 0 && (
              <>
                <dt>{t("tracker.serviceFee")}</dt>
                <dd>{money(order.serviceFeeCents)}</dd>
              </>
            )}
            {order.tipCents > 0 && (
              <>
                <dt>{t("tracker.tip")}</dt>
                <dd>{money(order.tipCents)}</dd>
              </>
            )}
            <dt className="total">{t("tracker.total")}</dt>
            <dd className="total">{money(order.totalCents)}</dd>
          </dl>
          <p className="muted small">{t("tracker.vat", { tax: money(order.taxCents) })}</p>
        </section>

      </div>
    </div>
  );
}
