"use client";
// The delivery in words, beside the map: ETA counting down, who is bringing it, where the
// driver is (how far from the customer, in words) and how long ago it was heard of (stale
// after 30 s), and the places as addresses and coordinates, so the page is still useful when
// the map's tiles cannot load.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useClock } from "@/components/kitchen/use-clock";
import { etaParts, secondsUntil } from "@/lib/time/countdown";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { isPositionStale } from "@/lib/tracking/position-staleness";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { LiveTracking } from "./use-driver-tracking";
import { haversineMeters } from "@/lib/geo/geohash";
import { roundDistance } from "@/lib/geo/round-distance";

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
const VEHICLES = ["BICYCLE", "SCOOTER", "CAR"] as const;
const isVehicle = (v: string): v is (typeof VEHICLES)[number] => (VEHICLES as readonly string[]).includes(v);

export function DeliveryStatus({ status, tracking, driver, restaurant, destination, timeZone, tilesFailed }: DeliveryStatusProps) {
  const t = useTranslations("orders.delivery");
  const format = useFormatter();
  const locale = useLocale();
  const now = useClock();
  const { etaAt, position, heardAt } = tracking;
  const stale = now !== null && isPositionStale(heardAt, now);
  const eta = etaAt && now !== null ? etaParts(secondsUntil(etaAt, now)) : null;
  const etaText =
    eta === null
      ? t("arriving")
      : eta.soon
        ? t("anyMinute")
        : t("arrivingIn", { eta: eta.hours > 0 ? t("hours", { hours: eta.hours, minutes: String(eta.minutes).padStart(2, "0") }) : t("minutes", { minutes: eta.minutes }) });
  const vehicleText = (vehicle: string) => (isVehicle(vehicle) ? t(`vehicle.${vehicle}`) : vehicle.toLowerCase());
  const distanceText = (meters: number) => {
    const d = roundDistance(meters);
    if (d.unit === "near") return t("lessThan100");
    if (d.unit === "m") return t("aboutMeters", { meters: d.meters });
    return t("aboutKilometres", { km: format.number(d.km, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  };

  return (
    <div className="delivery-status">
      {etaAt && ACTIVE.includes(status) && (
        <p className="delivery-eta" data-testid="order-eta" role="timer" aria-live="off">
          {etaText}{" "}
          <span className="muted">{t.rich("around", { clock: formatOutletTime(etaAt, timeZone, false, locale), time: (chunks) => <time dateTime={etaAt}>{chunks}</time> })}</span>
        </p>
      )}
      {driver && ACTIVE.includes(status) && (
        <p>
          {t("driver", { name: driver.name })} <span className="muted small">({vehicleText(driver.vehicle)})</span>
        </p>
      )}
      {tilesFailed && (
        <p className="muted small" role="status">
          {t("tilesFailed")}
        </p>
      )}
      <dl className="delivery-places">
        <dt>{t("restaurant")}</dt>
        <dd>
          {restaurant.name}, {restaurant.address} <span className="muted small">({coords(restaurant)})</span>
        </dd>
        {destination && (
          <>
            <dt>{t("deliveringTo")}</dt>
            <dd>
              {destination.address ?? t("yourPin")} <span className="muted small">({coords(destination)})</span>
            </dd>
          </>
        )}
        {position && status === "PICKED_UP" && (
          <>
            <dt>{t("driverTitle")}</dt>
            <dd data-testid="driver-position">
              {destination ? t("fromYou", { distance: distanceText(haversineMeters(position, destination)) }) : t("onTheWay")}
              {stale ? (
                <strong className="warn" data-testid="driver-stale">
                  {" "}
                  {t("stale", { duration: heardAt === null || now === null ? t("aWhile") : t("seconds", { seconds: Math.round((now - heardAt) / 1000) }) })}
                </strong>
              ) : (
                <span className="muted small"> {t("liveMark")}</span>
              )}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
