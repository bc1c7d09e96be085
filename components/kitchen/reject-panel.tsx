"use client";
import { useId, useState, type FormEvent } from "react";
import { REJECT_REASONS, rejectReasonSchema } from "@/lib/kitchen/schemas";

const OTHER = "other";

/** Rejecting refunds the customer: it takes a reason, picked or typed, and a second tap. */
export function RejectPanel(props: { busy: boolean; onReject: (reason: string) => void; onBack: () => void }) {
  const [choice, setChoice] = useState<string>(REJECT_REASONS[0]);
  const [other, setOther] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const otherId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = rejectReasonSchema.safeParse(choice === OTHER ? other : choice);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Say why");
    props.onReject(parsed.data);
  }

  return (
    <form className="kitchen-panel" onSubmit={submit}>
      <fieldset className="kitchen-reasons">
        <legend className="kitchen-panel-title">Why reject?</legend>
        {[...REJECT_REASONS, OTHER].map((reason) => (
          <label key={reason} className="chip kitchen-chip">
            <input type="radio" name="reason" value={reason} checked={choice === reason} onChange={() => setChoice(reason)} />
            {reason === OTHER ? "Other reason" : reason}
          </label>
        ))}
      </fieldset>
      {choice === OTHER && (
        <div className="field">
          <label htmlFor={otherId}>Reason</label>
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
          Reject order
        </button>
        <button type="button" className="button button-quiet" onClick={props.onBack} disabled={props.busy}>
          Back
        </button>
      </div>
    </form>
  );
}
