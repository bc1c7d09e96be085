// The end of every menu editor form: the error no field owns, then save and cancel.
import { useTranslations } from "next-intl";

export function FormFooter({ error, submitLabel, pending, onCancel }: { error: string | null | undefined; submitLabel: string; pending: boolean; onCancel: () => void }) {
  const t = useTranslations("menuAdmin");
  return (
    <>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t("actions.cancel")}
        </button>
      </div>
    </>
  );
}
