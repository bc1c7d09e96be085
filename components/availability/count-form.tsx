"use client";
// A count (units on the shelf, or how many more can be made) saved with the version the screen
// read: an item's or an option's. Empty means "not counted". Remount it (key) when the count
// moves on elsewhere, so a stale draft is dropped.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";

interface Props {
  /** What is counted, for the field's name: "Margherita", "Extra mozzarella". */
  name: string;
  label: string;
  quantity: number | null;
  version: number;
  /** Offered as a one-tap refill when set. */
  maxQuantity?: number | null;
  pending: boolean;
  save: (body: { quantity: number | null; version: number }) => void;
}

export function CountForm({ name, label, quantity, version, maxQuantity = null, pending, save }: Props) {
  const t = useTranslations("availability");
  const locale = useLocale();
  const [draft, setDraft] = useState(quantity === null ? "" : String(quantity));
  return (
    <form
      className="avail-count"
      onSubmit={(e) => {
        e.preventDefault();
        save({ quantity: draft.trim() === "" ? null : Number(draft), version });
      }}
    >
      <label className="field">
        <span>{label}</span>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100000}
          step={1}
          value={draft}
          placeholder={t("count.placeholder")}
          aria-label={t("count.field", { name, label: label.toLocaleLowerCase(locale) })}
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-quiet" disabled={pending}>
        {t("count.save")}
      </button>
      {maxQuantity !== null && (
        <button type="button" className="button button-quiet" disabled={pending} onClick={() => save({ quantity: maxQuantity, version })}>
          {t("count.refill", { max: maxQuantity })}
        </button>
      )}
    </form>
  );
}
