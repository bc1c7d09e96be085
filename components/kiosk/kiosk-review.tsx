"use client";
// The review step before anything reaches the kitchen: every line with its choices and note,
// one more / one less, the note for the kitchen, the total, and back to the menu to add more.
// Its heading takes focus when it opens, so a screen reader starts at the top of the order.
import { useLocale, useTranslations } from "next-intl";
import { formatCents } from "@/lib/money";
import { useFocusWhenShown } from "@/components/use-focus-when-shown";
import type { KioskLine } from "./kiosk-lines";
import { KioskOrderList } from "./kiosk-order-list";

interface Props {
  lines: KioskLine[];
  count: number;
  totalCents: number;
  note: string;
  error: string | null;
  pending: boolean;
  onNote: (note: string) => void;
  onQuantity: (key: string, quantity: number) => void;
  onBack: () => void;
  onSend: () => void;
}

export function KioskReview({ lines, count, totalCents, note, error, pending, onNote, onQuantity, onBack, onSend }: Props) {
  const t = useTranslations("kiosk.review");
  const locale = useLocale();
  const heading = useFocusWhenShown<HTMLHeadingElement>(true);
  const errorBox = useFocusWhenShown<HTMLParagraphElement>(error);
  return (
    <section className="kiosk-review" aria-labelledby="kiosk-review-title">
      <h2 id="kiosk-review-title" ref={heading} tabIndex={-1}>
        {t("title")}
      </h2>
      {error && (
        <p ref={errorBox} tabIndex={-1} role="alert" className="form-error">
          {error}
        </p>
      )}
      {lines.length > 0 ? <KioskOrderList lines={lines} onQuantity={onQuantity} /> : <p className="muted">{t("empty")}</p>}
      <div className="field kiosk-note">
        <label htmlFor="kiosk-order-note">{t("note")}</label>
        <textarea id="kiosk-order-note" maxLength={500} rows={2} value={note} onChange={(e) => onNote(e.target.value)} />
      </div>
      <p className="kiosk-total" data-testid="kiosk-total">
        {t.rich("total", { count, total: formatCents(totalCents, "EUR", locale), strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <div className="kiosk-review-actions">
        <button type="button" className="button button-quiet" onClick={onBack}>
          {t("back")}
        </button>
        <button type="button" className="button" disabled={pending || count === 0} onClick={onSend}>
          {pending ? t("sending") : t("send")}
        </button>
      </div>
    </section>
  );
}
