"use client";
// The job the driver holds: where to pick up and deliver, on a map with the route, and the
// two actions of the trip: "Picked up" once the kitchen marked it ready, "Delivered" with
// the 4-digit code the customer reads from their order page.
import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Job } from "@/lib/dispatch/views";
import type { LatLng } from "@/lib/geo/geohash";
import { formatCents } from "@/lib/money";
import { driverMeKey, deliverJob, pickUpJob, type DriverMe } from "./driver-api";

const JobMap = dynamic(() => import("./job-map"), { ssr: false, loading: () => <div className="map driver-map map-loading">Loading map…</div> });

const STEP: Partial<Record<Job["status"], string>> = {
  ACCEPTED: "Head to the restaurant: the kitchen has the order.",
  PREPARING: "Head to the restaurant: the food is being prepared.",
  READY: "The food is ready. Pick it up.",
  PICKED_UP: "Deliver to the customer and ask for their 4-digit code.",
};

export function JobView({ job, driver }: { job: Job; driver: LatLng | null }) {
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
      <h2 id="job-title">{pickedUp ? "Delivering" : "Picking up"}</h2>
      <p role="status" data-testid="job-step">
        {STEP[job.status] ?? job.status}
      </p>
      <JobMap restaurant={job.restaurant} dropoff={job.dropoff} driver={driver} pickedUp={pickedUp} />
      <dl className="driver-facts">
        <dt>Pick up</dt>
        <dd>
          {job.restaurant.name} · {job.restaurant.address}
        </dd>
        <dt>Deliver to</dt>
        <dd>
          {job.customerName} · {job.dropoff.address || `${job.dropoff.lat.toFixed(5)}, ${job.dropoff.lng.toFixed(5)}`}
        </dd>
        {job.dropoff.instructions && (
          <>
            <dt>Instructions</dt>
            <dd data-testid="job-instructions">{job.dropoff.instructions}</dd>
          </>
        )}
        <dt>Items</dt>
        <dd>{job.items.map((i) => `${i.quantity} × ${i.name}`).join(", ")}</dd>
        <dt>You earn</dt>
        <dd>{formatCents(job.payoutCents)}</dd>
      </dl>

      {!pickedUp && (
        <>
          <button type="button" className="button driver-wide" disabled={job.status !== "READY" || pickUp.isPending} onClick={() => pickUp.mutate()}>
            {pickUp.isPending ? "Saving…" : "Picked up"}
          </button>
          {job.status !== "READY" && <p className="muted small">You can mark it picked up once the kitchen says it is ready.</p>}
          {pickUp.error && (
            <p className="form-error" role="alert">
              {pickUp.error.message}
            </p>
          )}
        </>
      )}

      {pickedUp && (
        <form className="form driver-deliver" onSubmit={onDeliver}>
          <div className="field">
            <label htmlFor="delivery-code">Customer&apos;s code</label>
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
              4 digits, shown on the customer&apos;s order page.
            </p>
          </div>
          {deliver.error && (
            <p className="form-error" role="alert">
              {deliver.error.message}
            </p>
          )}
          <button type="submit" className="button driver-wide" disabled={code.length !== 4 || deliver.isPending}>
            {deliver.isPending ? "Checking…" : "Delivered"}
          </button>
        </form>
      )}
    </section>
  );
}
