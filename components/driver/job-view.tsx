"use client";
// The job the driver holds: where to pick up and deliver, on a map with the route, and the
// two actions of the trip: "Picked up" once the kitchen marked it ready, "Delivered" with
// the 4-digit code the customer reads from their order page.
import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { Job } from "@/lib/dispatch/views";
import type { LatLng } from "@/lib/geo/geohash";
import { formatCents } from "@/lib/money";
import { driverMeKey, deliverJob, pickUpJob, type DriverMe } from "./driver-api";
import { useErrorText } from "./error-text";

function MapLoading() {
  const t = useTranslations("driver.job");
  return <div className="map driver-map map-loading">{t("loadingMap")}</div>;
}

const JobMap = dynamic(() => import("./job-map"), { ssr: false, loading: MapLoading });

/** The statuses a held job has a next-step sentence for (driver.job.step.*). */
const STEPS = ["ACCEPTED", "PREPARING", "READY", "PICKED_UP"] as const;
const hasStep = (status: Job["status"]): status is (typeof STEPS)[number] => (STEPS as readonly string[]).includes(status);

export function JobView({ job, driver }: { job: Job; driver: LatLng | null }) {
  const t = useTranslations("driver.job");
  const locale = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const store = (next: Job) => queryClient.setQueryData<DriverMe>(driverMeKey, (me) => (me ? { ...me, job: next } : me));

  const pickUp = useMutation({ mutationFn: () => pickUpJob(job.orderId), onSuccess: ({ job: next }) => store(next) });
  const deliver = useMutation({
    mutationFn: () => deliverJob(job.orderId, code),
    onSuccess: () => {
      setCode("");
      queryClient.setQueryData<DriverMe>(driverMeKey, (me) => (me ? { ...me, job: null } : me));
      void queryClient.invalidateQueries({ queryKey: driverMeKey });
    },
  });
  const pickedUp = job.status === "PICKED_UP";
  const onDeliver = (e: FormEvent) => {
    e.preventDefault();
    deliver.mutate();
  };

  return (
    <section className="card driver-job" aria-labelledby="job-title" data-testid="driver-job">
      <h2 id="job-title">{pickedUp ? t("delivering") : t("pickingUp")}</h2>
      <p role="status" data-testid="job-step">
        {hasStep(job.status) ? t(`step.${job.status}`) : job.status}
      </p>
      <JobMap restaurant={job.restaurant} dropoff={job.dropoff} driver={driver} pickedUp={pickedUp} />
      <dl className="driver-facts">
        <dt>{t("pickUp")}</dt>
        <dd>
          {job.restaurant.name} · {job.restaurant.address}
        </dd>
        <dt>{t("deliverTo")}</dt>
        <dd>
          {job.customerName} · {job.dropoff.address || `${job.dropoff.lat.toFixed(5)}, ${job.dropoff.lng.toFixed(5)}`}
        </dd>
        {job.dropoff.instructions && (
          <>
            <dt>{t("instructions")}</dt>
            <dd data-testid="job-instructions">{job.dropoff.instructions}</dd>
          </>
        )}
        <dt>{t("items")}</dt>
        <dd>{job.items.map((i) => `${i.quantity} × ${i.name}`).join(", ")}</dd>
        <dt>{t("youEarn")}</dt>
        <dd>{formatCents(job.payoutCents, undefined, locale)}</dd>
      </dl>

      {!pickedUp && (
        <>
          <button type="button" className="button driver-wide" disabled={job.status !== "READY" || pickUp.isPending} onClick={() => pickUp.mutate()}>
            {pickUp.isPending ? t("saving") : t("pickedUp")}
          </button>
          {job.status !== "READY" && <p className="muted small">{t("notReady")}</p>}
          {pickUp.error && (
            <p className="form-error" role="alert">
              {errorText(pickUp.error)}
            </p>
          )}
        </>
      )}

      {pickedUp && (
        <form className="form driver-deliver" onSubmit={onDeliver}>
          <div className="field">
            <label htmlFor="delivery-code">{t("code")}</label>
            <input
              id="delivery-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{4}"
              maxLength={4}
              required
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, "").slice(0, 4))}
              aria-describedby="delivery-code-hint"
              aria-invalid={deliver.isError || undefined}
            />
            <p id="delivery-code-hint" className="muted small">
              {t("codeHint")}
            </p>
          </div>
          {deliver.error && (
            <p className="form-error" role="alert">
              {errorText(deliver.error)}
            </p>
          )}
          <button type="submit" className="button driver-wide" disabled={code.length !== 4 || deliver.isPending}>
            {deliver.isPending ? t("checking") : t("delivered")}
          </button>
        </form>
      )}
    </section>
  );
}
