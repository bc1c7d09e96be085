"use client";
// The delivery in words, beside the map: ETA counting down, who is bringing it, where the
// driver is (how far from the customer, in words) and how long ago it was heard of (stale
// after 30 s), and the places as addresses and coordinates, so the page is still useful when
// the map's tiles cannot load.
import { useClock } from "@/components/kitchen/use-clock";
import { formatEta, secondsUntil } from "@/lib/time/countdown";
import { isPositionStale } from "@/lib/tracking/position-staleness";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { LiveTracking } from "./use-driver-tracking";
import { haversineMeters } from "@/lib/geo/geohash";
import { describeDistance } from "@/lib/geo/describe-distance";

export interface DeliveryStatusProps {
  status: OrderStatus;
  tracking: LiveTracking;
  driver: { name: string; vehicle: string } | null;
  restaurant: { name: string; address: string; lat: number; lng: number };
  destination: { address: string | null; lat: number; lng: number } | null;
  timeZone: string;
  tilesFailed: boolean;
}

const ACTIVE: OrderStatus[] = ["PAID", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"];
const coords = (p: { lat: number; lng: number }) => `${p.lat.toFixed(5)}, ${p.lng.toFixed(5)}`;

export function DeliveryStatus({ status, tracking, driver, restaurant, destination, timeZone, tilesFailed }: DeliveryStatusProps) {
  const now = useClock();
  const { etaAt, position, heardAt } = tracking;
  const stale = now !== null && isPositionStale(heardAt, now);
  const eta = etaAt && now !== null ? formatEta(secondsUntil(etaAt, now)) : null;
  const clockTime = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });

  return (
    <div className="delivery-status">
      {etaAt && ACTIVE.includes(status) && (
        <p className="delivery-eta" data-testid="order-eta" role="timer" aria-live="off">
          {eta === null ? "Arriving" : eta === "any minute now" ? "Arriving any minute now" : `Arriving in about ${eta}`}{" "}
          <span className="muted">
            (around <time dateTime={etaAt}>{clockTime(etaAt)}</time>)
          </span>
        </p>
      )}
      {driver && ACTIVE.includes(status) && (
        <p>
          {driver.name} is your driver <span className="muted small">({driver.vehicle.toLowerCase()})</span>
        </p>
      )}
      {tilesFailed && (
        <p className="muted small" role="status">
          The map background could not load; the pins and route are still drawn.
        </p>
      )}
      <dl className="delivery-places">
        <dt>Restaurant</dt>
        <dd>
          {restaurant.name}, {restaurant.address} <span className="muted small">({coords(restaurant)})</span>
        </dd>
        {destination && (
          <>
            <dt>Delivering to</dt>
            <dd>
              {destination.address ?? "Your pin"} <span className="muted small">({coords(destination)})</span>
            </dd>
          </>
        )}
        {position && status === "PICKED_UP" && (
          <>
            <dt>Driver</dt>
            <dd data-testid="driver-position">
              {destination ? `${describeDistance(haversineMeters(position, destination))} from you` : "on the way to you"}
              {stale ? (
                <strong className="warn" data-testid="driver-stale">
                  {" "}
                  · no update for {heardAt === null || now === null ? "a while" : `${Math.round((now - heardAt) / 1000)} s`}, position may be out of date
                </strong>
              ) : (
                <span className="muted small"> · live</span>
              )}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
