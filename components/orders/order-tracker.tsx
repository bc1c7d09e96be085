"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { getCustomerOrder } from "@/lib/orders/get-customer-order";
import { useOrderEvents } from "@/lib/realtime/use-order-events";
import { formatCents } from "@/lib/money";
import { CancelOrderButton } from "./cancel-order-button";
import { DELIVERY_STEPS, STATUS_HINT, STATUS_LABEL } from "@/lib/orders/status-labels";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { isPositionStale } from "@/lib/tracking/position-staleness";
import { useClock } from "@/components/kitchen/use-clock";
import type { OrderTracking } from "@/lib/tracking/get-order-tracking";
import { useDriverTracking } from "./use-driver-tracking";
import { DeliveryStatus } from "./delivery-status";
import { CartLineDetails } from "@/components/cart/cart-line-details";
import { LiveAnnouncement } from "@/components/live-announcement";

const OrderMap = dynamic(() => import("@/components/map/order-map"), { ssr: false, loading: () => <div className="map map-loading">Loading map…</div> });

/** Timeline entries that are not a status change. */
const EVENT_LABEL: Record<string, string> = { "order.driver_assigned": "Driver assigned" };

type Order = Omit<Awaited<ReturnType<typeof getCustomerOrder>>, "placedAt" | "etaAt"> & { placedAt: string; etaAt: string | null };

export function OrderTracker({ order, tracking, realtimeUrl }: { order: Order; tracking: OrderTracking; realtimeUrl: string }) {
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
  const time = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: order.restaurant.timeZone });
  const reached = DELIVERY_STEPS.indexOf(status);
  const destination = order.deliveryLat !== null && order.deliveryLng !== null ? { lat: order.deliveryLat, lng: order.deliveryLng } : null;

  return (
    <div className="order-page">
      <section className="order-head">
        <p className="muted small">Order #{order.id.slice(0, 8)} · {order.restaurant.name}</p>
        <h1 data-testid="order-status">{STATUS_LABEL[status]}</h1>
        <LiveAnnouncement text={status === openedWith ? "" : `Order status: ${STATUS_LABEL[status]}. ${STATUS_HINT[status]}`} testId="order-status-announcement" />
        <p>
          {STATUS_HINT[status]}
          {(status === "PAYMENT_FAILED" || status === "REJECTED") && failureReason ? (
            <>
              {" "}
              <span data-testid="order-end-reason">{status === "REJECTED" ? "The restaurant said" : "Reason"}: {failureReason}.</span>
            </>
          ) : (
            ""
          )}
        </p>
        <p className="muted small" aria-live="polite">
          {connected ? "Live updates on" : "Reconnecting… updates will catch up"}
        </p>
        {(status === "PLACED" || status === "PAID") && <CancelOrderButton orderId={order.id} />}
        {tracking.deliveryCode && !["DELIVERED", "CANCELLED", "REJECTED", "PAYMENT_FAILED"].includes(status) && (
          <p className="delivery-code">
            Hand-over code <strong data-testid="delivery-code">{tracking.deliveryCode}</strong>
          </p>
        )}
      </section>

      {reached >= 0 && (
        <ol className="progress" aria-label="Progress">
          {DELIVERY_STEPS.map((s, i) => (
            <li key={s} data-done={i <= reached}>
              {STATUS_LABEL[s]}
            </li>
          ))}
        </ol>
      )}

      <div className="order-grid">
        {/* The map and ETA first: on a phone they were ~1,150 px down, under the timeline. */}
        <section className="card order-map-card" aria-label="Map">
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
          <h2 id="timeline-title">Timeline</h2>
          <ol className="timeline" data-testid="order-timeline">
            {events.map((e) => (
              <li key={e.seq}>
                <time dateTime={e.createdAt}>{time(e.createdAt)}</time> {e.toStatus ? STATUS_LABEL[e.toStatus] : (EVENT_LABEL[e.type] ?? e.type)}
              </li>
            ))}
          </ol>
        </section>

        <section className="card" aria-labelledby="items-title">
          <h2 id="items-title">Your order</h2>
          <ul className="cart-lines">
            {order.items.map((i, index) => (
              // One dish can be several lines (other choices, another note): keyed by position.
              <li key={index} data-testid="order-line">
                <span>
                  {i.quantity} × {i.name}
                  <CartLineDetails options={i.options} note={i.notes} allergens={i.allergens} />
                </span>
                <span />
                <span>{formatCents(i.unitPriceCents * i.quantity)}</span>
              </li>
            ))}
          </ul>
          {order.kitchenNote && (
            <p className="line-note" data-testid="kitchen-note">
              Note for the kitchen: {order.kitchenNote}
            </p>
          )}
          <dl className="totals">
            <dt>Food</dt>
            <dd>{formatCents(order.subtotalCents)}</dd>
            {order.deliveryFeeCents > 0 && (
              <>
                <dt>Delivery</dt>
                <dd>{formatCents(order.deliveryFeeCents)}</dd>
              </>
            )}
            {order.serviceFeeCents > 0 && (
              <>
                <dt>Service fee</dt>
                <dd>{formatCents(order.serviceFeeCents)}</dd>
              </>
            )}
            {order.tipCents > 0 && (
              <>
                <dt>Tip</dt>
                <dd>{formatCents(order.tipCents)}</dd>
              </>
            )}
            <dt className="total">Total</dt>
            <dd className="total">{formatCents(order.totalCents, order.currency)}</dd>
          </dl>
          <p className="muted small">Includes {formatCents(order.taxCents)} VAT.</p>
        </section>

      </div>
    </div>
  );
}
