"use client";
// Open / Busy +N min / Pause (reason, optional resume time) / Close, as big tablet buttons.
// Each change sends the status version this screen shows, so two tablets cannot silently
// overwrite each other (409: the board reloads with the winner).
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { requestJson } from "@/lib/api/request-json";
import { effectiveStatus } from "@/lib/catalog/outlet-orderability";
import { useClock } from "@/components/kitchen/use-clock";
import type { OutletStatusInput } from "@/lib/availability/schemas";
import type { AvailabilityT, BoardJson } from "./board-key";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import type { Locale } from "@/lib/i18n/locales";
import { useBoardMutation } from "./use-board-mutation";

type Restaurant = BoardJson["restaurant"];
type Choice = "BUSY" | "PAUSED" | "CLOSED" | null;

const BUSY_MINUTES = [10, 15, 20, 30, 45];
/** Resume presets in minutes; 0 = until someone reopens. */
const RESUME_AFTER = [0, 15, 30, 60, 120];
const resumeLabel = (t: AvailabilityT, m: number) =>
  m === 0 ? t("status.untilReopen") : m < 60 ? t("status.afterMinutes", { minutes: m }) : t("status.afterHours", { hours: m / 60 });

/** What the outlet declared and what customers get: "+15 min · “Oven broken” · until 18:30 · Customers can order (…)". */
function statusLine(t: AvailabilityT, restaurant: Restaurant, locale: Locale): string {
  return [
    restaurant.declaredStatus === "BUSY" && t("status.busyExtra", { minutes: restaurant.busyExtraMinutes }),
    restaurant.statusReason && t("status.reason", { reason: restaurant.statusReason }),
    restaurant.statusUntil && t("status.until", { time: formatOutletTime(restaurant.statusUntil, restaurant.timeZone, false, locale) }),
    restaurant.open ? t("status.canOrder", { minutes: restaurant.prepMinutes }) : t(`status.closedReason.${restaurant.closedReason!}`),
  ]
    .filter(Boolean)
    .join(" · ");
}

export function OutletStatusPanel({ restaurant }: { restaurant: Restaurant }) {
  const t = useTranslations("availability");
  const locale = useLocale();
  const [choice, setChoice] = useState<Choice>(null);
  const now = useClock();
  const [reason, setReason] = useState("");
  const [busyMinutes, setBusyMinutes] = useState(15);
  const [resumeAfter, setResumeAfter] = useState(30);
  const mutation = useBoardMutation(restaurant.id, (body: OutletStatusInput) =>
    requestJson(`/api/v1/restaurants/${restaurant.id}/availability`, { method: "PUT", body }),
  );

  const submit = (body: OutletStatusInput) =>
    mutation.mutate(body, {
      onSuccess: () => {
        setChoice(null);
        setReason("");
      },
    });
  const version = restaurant.version;
  // A pause or busy spell whose resume time passed is over (the outlet is open again).
  const until = restaurant.statusUntil ? new Date(restaurant.statusUntil) : null;
  const current = effectiveStatus({ declaredStatus: restaurant.declaredStatus, statusUntil: until }, new Date(now ?? 0));
  const trimmed = reason.trim();

  return (
    <section className="card avail-status" aria-labelledby="avail-status-title">
      <h2 id="avail-status-title">{t("status.title")}</h2>
      <p className="avail-status-now" data-testid="outlet-declared-status">
        <span className={`badge badge-${restaurant.declaredStatus.toLowerCase()}`}>{t(`status.badge.${restaurant.declaredStatus}`)}</span> {statusLine(t, restaurant, locale)}
      </p>
      {/* The outlet's current status is the one pressed (and filled): the others are outlined. */}
      <div className="avail-actions" role="group" aria-label={t("status.change")}>
        <button
          type="button"
          className={`button avail-big ${current === "OPEN" ? "avail-open" : "button-quiet"}`}
          aria-pressed={current === "OPEN"}
          disabled={mutation.isPending}
          onClick={() => submit({ status: "OPEN", version })}
        >
          {t("status.open")}
        </button>
        {(["BUSY", "PAUSED", "CLOSED"] as const).map((status) => (
          <button
            key={status}
            type="button"
            className={`button avail-big ${current === status ? "avail-current" : "button-quiet"}`}
            aria-pressed={current === status}
            aria-expanded={choice === status}
            onClick={() => setChoice(choice === status ? null : status)}
          >
            {{ BUSY: t("status.busy"), PAUSED: t("status.pause"), CLOSED: t("status.close") }[status]}
          </button>
        ))}
      </div>

      {choice && (
        <form
          className="form avail-choice"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice === "BUSY") submit({ status: "BUSY", extra_minutes: busyMinutes, reason: trimmed || undefined, version });
            else if (choice === "PAUSED") {
              // The resume time counts from the tap, not from when the form was drawn.
              const until = resumeAfter ? new Date(Date.now() + resumeAfter * 60_000).toISOString() : undefined;
              submit({ status: "PAUSED", reason: trimmed, until, version });
            }
            else submit({ status: "CLOSED", reason: trimmed, version });
          }}
        >
          {choice === "BUSY" && (
            <fieldset className="chips">
              <legend>{t("status.extraTime")}</legend>
              {BUSY_MINUTES.map((m) => (
                <button key={m} type="button" className="chip" aria-pressed={busyMinutes === m} onClick={() => setBusyMinutes(m)}>
                  {t("status.plusMinutes", { minutes: m })}
                </button>
              ))}
            </fieldset>
          )}
          {choice === "PAUSED" && (
            <fieldset className="chips">
              <legend>{t("status.resume")}</legend>
              {RESUME_AFTER.map((m) => (
                <button key={m} type="button" className="chip" aria-pressed={resumeAfter === m} onClick={() => setResumeAfter(m)}>
                  {resumeLabel(t, m)}
                </button>
              ))}
            </fieldset>
          )}
          <label className="field">
            <span>{choice === "BUSY" ? t("status.reasonOptional") : t("status.reasonLabel")}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} required={choice !== "BUSY"} placeholder={t("status.reasonPlaceholder")} />
          </label>
          <button type="submit" className="button avail-big" disabled={mutation.isPending}>
            {{ BUSY: t("status.setBusy", { minutes: busyMinutes }), PAUSED: t("status.pauseOrders"), CLOSED: t("status.closeOutlet") }[choice]}
          </button>
        </form>
      )}
      {mutation.errorMessage && (
        <p role="alert" className="form-error">
          {mutation.errorMessage}
        </p>
      )}
    </section>
  );
}
