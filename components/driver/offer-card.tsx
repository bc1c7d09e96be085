"use client";
// A delivery offered to this driver, with the seconds left to answer. At zero the offer is
// gone (the server withdraws it and offers the order to the next driver).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Offer } from "@/lib/dispatch/views";
import { formatCents } from "@/lib/money";
import { formatClock, secondsUntil } from "@/lib/time/countdown";
import { useClock } from "@/components/kitchen/use-clock";
import { acceptOffer, declineOffer, driverMeKey, type DriverMe } from "./driver-api";
import { useErrorText } from "./error-text";

export function OfferCard({ offer }: { offer: Offer }) {
  const t = useTranslations("driver.offer");
  const locale = useLocale();
  const format = useFormatter();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const now = useClock();
  const left = now === null ? null : secondsUntil(offer.expiresAt, now);
  const settle = (change: (me: DriverMe) => DriverMe) => queryClient.setQueryData<DriverMe>(driverMeKey, (me) => (me ? change(me) : me));

  const accept = useMutation({
    mutationFn: () => acceptOffer(offer.id),
    onSuccess: ({ job }) => settle((me) => ({ ...me, offer: null, job, driver: { ...me.driver, status: "ON_DELIVERY" } })),
    onError: () => void queryClient.invalidateQueries({ queryKey: driverMeKey }),
  });
  const decline = useMutation({
    mutationFn: () => declineOffer(offer.id),
    onSettled: () => settle((me) => (me.offer?.id === offer.id ? { ...me, offer: null } : me)),
  });
  const expired = left === 0;
  const pending = accept.isPending || decline.isPending;

  return (
    <section className="card driver-offer" aria-labelledby="offer-title" data-testid="driver-offer">
      <div className="driver-offer-head">
        <h2 id="offer-title">{t("title")}</h2>
        <p className="driver-countdown" role="timer" aria-label={t("timeLeft")}>
          {left === null ? "…" : expired ? t("expired") : formatClock(left)}
        </p>
      </div>
      <p className="driver-payout">{formatCents(offer.payoutCents, undefined, locale)}</p>
      <dl className="driver-facts">
        <dt>{t("pickUp")}</dt>
        <dd>
          {offer.restaurant.name}
          <span className="muted small"> · {offer.restaurant.address}</span>
        </dd>
        <dt>{t("deliverTo")}</dt>
        <dd>{offer.dropoff.address || t("onTheMap")}</dd>
        <dt>{t("toRestaurant")}</dt>
        <dd>
          {t("distance", {
            km: format.number(offer.distanceMeters / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            minutes: Math.max(1, Math.round(offer.pickupEtaSeconds / 60)),
          })}
        </dd>
      </dl>
      {accept.error && (
        <p className="form-error" role="alert">
          {errorText(accept.error)}
        </p>
      )}
      <div className="actions driver-actions">
        <button type="button" className="button" disabled={pending || expired} onClick={() => accept.mutate()}>
          {accept.isPending ? t("accepting") : t("accept")}
        </button>
        <button type="button" className="button button-quiet" disabled={pending || expired} onClick={() => decline.mutate()}>
          {t("decline")}
        </button>
      </div>
    </section>
  );
}
