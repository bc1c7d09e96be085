"use client";
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { REJECT_REASONS, rejectReasonSchema, type RejectReasonKey } from "@/lib/kitchen/schemas";

const OTHER = "other";
type Choice = RejectReasonKey | typeof OTHER;
const CHOICES: readonly Choice[] = [...(Object.keys(REJECT_REASONS) as RejectReasonKey[]), OTHER];

/** Rejecting refunds the customer: it takes a reason, picked or typed, and a second tap. */
export function RejectPanel(props: { busy: boolean; onReject: (reason: string) => void; onBack: () => void }) {
  const t = useTranslations("kitchen");
  const [choice, setChoice] = useState<Choice>(CHOICES[0] ?? OTHER);
  const [other, setOther] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const otherId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    // An offered reason is sent in English (see REJECT_REASONS); only a typed one can be too short.
    const parsed = rejectReasonSchema.safeParse(choice === OTHER ? other : REJECT_REASONS[choice]);
    if (!parsed.success) return setProblem(t("reject.reasonTooShort"));
    props.onReject(parsed.data);
  }

  return (
    <form className="kitchen-panel" onSubmit={submit}>
      <fieldset className="kitchen-reasons">
        <legend className="kitchen-panel-title">{t("reject.why")}</legend>
        {CHOICES.map((reason) => (
          <label key={reason} className="chip kitchen-chip">
            <input type="radio" name="reason" value={reason} checked={choice === reason} onChange={() => setChoice(reason)} />
            {reason === OTHER ? t("reject.other") : t(`reject.reasons.${reason}`)}
          </label>
        ))}
      </fieldset>
      {choice === OTHER && (
        <div className="field">
          <label htmlFor={otherId}>{t("reject.reason")}</label>
          <input id={otherId} value={other} onChange={(e) => setOther(e.target.value)} maxLength={300} autoFocus />
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="kitchen-choices">
        <button type="submit" className="button kitchen-button kitchen-danger" disabled={props.busy}>
          {t("reject.submit")}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onBack} disabled={props.busy}>
          {t("actions.back")}
        </button>
      </div>
    </form>
  );
}
