"use client";
// "Hide dishes containing…": check boxes for the 14 EU allergens. Dishes that only may contain
// traces stay listed (their note says so), as the customer may accept that risk.
import { ALLERGEN_CODES, ALLERGENS, type Allergen } from "@/lib/menu/allergens";

interface Props {
  hidden: Allergen[];
  onChange: (codes: Allergen[]) => void;
  hiddenCount: number;
}

export function AllergenFilter({ hidden, onChange, hiddenCount }: Props) {
  return (
    <details className="allergen-filter card">
      <summary>
        Allergies? Hide dishes containing…{hidden.length > 0 && ` (${hidden.length} chosen)`}
      </summary>
      <fieldset className="chips">
        <legend className="visually-hidden">Hide dishes containing</legend>
        {ALLERGEN_CODES.map((code) => (
          <label key={code} className="chip">
            <input
              type="checkbox"
              checked={hidden.includes(code)}
              onChange={(e) => onChange(e.target.checked ? [...hidden, code] : hidden.filter((c) => c !== code))}
            />
            {ALLERGENS[code]}
          </label>
        ))}
      </fieldset>
      <p className="muted small" role="status">
        {hidden.length === 0 ? "" : hiddenCount === 0 ? "No dish here contains them." : `${hiddenCount} ${hiddenCount === 1 ? "dish is" : "dishes are"} hidden.`} Dishes that may
        contain traces stay listed and say so. Ask the restaurant if in doubt.
      </p>
    </details>
  );
}
