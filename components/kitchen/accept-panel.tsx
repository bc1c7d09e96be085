"use client";
import { useTranslations } from "next-intl";
import { PREP_MINUTE_CHOICES } from "@/lib/kitchen/schemas";

/** The choice closest to the outlet's own estimate for this order is offered first. */
function suggested(estimate: number | null): number {
  if (estimate === null) return PREP_MINUTE_CHOICES[1];
  return PREP_MINUTE_CHOICES.reduce((best, m) => (Math.abs(m - estimate) < Math.abs(best - estimate) ? m : best));
}

/** Accepting is committing to a time: one tap on it accepts. */
export function AcceptPanel(props: { estimate: number | null; busy: boolean; onAccept: (minutes: number) => void; onBack: () => void }) {
  const t = useTranslations("kitchen");
  const best = suggested(props.estimate);
  return (
    <div className="kitchen-panel" role="group" aria-label={t("accept.readyIn")}>
      <p className="kitchen-panel-title">{t("accept.readyIn")}</p>
      <div className="kitchen-choices">
        {PREP_MINUTE_CHOICES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className={`button kitchen-button ${minutes === best ? "" : "button-quiet"}`}
            disabled={props.busy}
            onClick={() => props.onAccept(minutes)}
          >
            {t("accept.minutes", { minutes })}
          </button>
        ))}
      </div>
      <button type="button" className="button button-quiet button-small" onClick={props.onBack} disabled={props.busy}>
        {t("actions.back")}
      </button>
    </div>
  );
}
