"use client";
// "Hide dishes containing…": check boxes for the 14 EU allergens. Dishes that only may contain
// traces stay listed (their note says so), as the customer may accept that risk.
import { useTranslations } from "next-intl";
import { ALLERGEN_CODES, type Allergen } from "@/lib/menu/allergens";

interface Props {
  hidden: Allergen[];
  onChange: (codes: Allergen[]) => void;
  hiddenCount: number;
}

export function AllergenFilter({ hidden, onChange, hiddenCount }: Props) {
  const t = useTranslations("menu");
  return (
    <details className="allergen-filter card">
      <summary>
        {t("filter.summary")}
        {hidden.length > 0 && ` ${t("filter.chosen", { count: hidden.length })}`}
      </summary>
      <fieldset className="chips">
        <legend className="visually-hidden">{t("filter.legend")}</legend>
        {ALLERGEN_CODES.map((code) => (
          <label key={code} className="chip">
            <input
              type="checkbox"
              checked={hidden.includes(code)}
              onChange={(e) => onChange(e.target.checked ? [...hidden, code] : hidden.filter((c) => c !== code))}
            />
            {t(`allergens.${code}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted small" role="status">
        {hidden.length === 0 ? "" : `${hiddenCount === 0 ? t("filter.noneHere") : t("filter.hidden", { count: hiddenCount })} `}
        {t("filter.traces")}
      </p>
    </details>
  );
}
