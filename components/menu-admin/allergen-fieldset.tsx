"use client";
// The 14 EU allergens as checkboxes, in a fieldset named for what they declare ("Contains",
// "May contain"), for an item or an option.
import { useTranslations } from "next-intl";
import { ALLERGEN_CODES, type Allergen } from "@/lib/menu/allergens";

interface Props {
  legend: string;
  /** Unique on the page: the checkboxes' ids. */
  idPrefix: string;
  value: readonly string[];
  onChange: (codes: Allergen[]) => void;
  error?: string;
}

export function AllergenFieldset({ legend, idPrefix, value, onChange, error }: Props) {
  const t = useTranslations("menuAdmin");
  const chosen = new Set(value);
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className="menu-admin-allergens" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="menu-admin-checks">
        {ALLERGEN_CODES.map((code) => (
          <label key={code} className="menu-admin-check" htmlFor={`${idPrefix}-${code}`}>
            <input
              id={`${idPrefix}-${code}`}
              type="checkbox"
              checked={chosen.has(code)}
              // In the menu's order, so a saved list never changes for a re-click alone.
              onChange={(e) => onChange(ALLERGEN_CODES.filter((c) => (c === code ? e.target.checked : chosen.has(c))))}
            />
            {t(`allergens.${code}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Stored codes as the fieldset's value: known ones only, in the regulation's order. */
export function knownAllergens(codes: readonly string[] = []): Allergen[] {
  return ALLERGEN_CODES.filter((code) => codes.includes(code));
}
