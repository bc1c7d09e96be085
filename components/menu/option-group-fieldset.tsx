"use client";
// One option group of the item sheet: a radio group when one choice at most is allowed, check
// boxes otherwise. The rule ("Choose up to 5") is part of the group's description, so a screen
// reader hears it on entering the group, and reaching the limit is announced.
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { formatCents } from "@/lib/money";
import { useAllergenLabel } from "./allergen-note";
import type { MenuOptionGroup } from "./menu-item";

interface Props {
  group: MenuOptionGroup;
  selected: string[];
  onChange: (optionIds: string[]) => void;
  /** The validation message for this group, when the last attempt to add failed on it. */
  error: string | null;
}

type Translate = ReturnType<typeof useTranslations<"menu.group">>;

function selectionRule(t: Translate, { minSelect, maxSelect }: Pick<MenuOptionGroup, "minSelect" | "maxSelect">): string {
  if (minSelect === maxSelect) return maxSelect === 1 ? t("requiredOne") : t("required", { count: maxSelect });
  if (minSelect === 0) return maxSelect === 1 ? t("optionalOne") : t("optional", { count: maxSelect });
  return t("range", { min: minSelect, max: maxSelect });
}

export function OptionGroupFieldset({ group, selected, onChange, error }: Props) {
  const t = useTranslations("menu.group");
  const tNote = useTranslations("menu.allergenNote");
  const locale = useLocale();
  const allergenLabel = useAllergenLabel();
  const delta = (cents: number) => (cents > 0 ? `+${formatCents(cents, "EUR", locale)}` : cents < 0 ? `−${formatCents(-cents, "EUR", locale)}` : "");
  const id = useId();
  const single = group.maxSelect === 1;
  const atLimit = !single && selected.length >= group.maxSelect;
  const describedBy = error ? `${id}-rule ${id}-error` : `${id}-rule`;
  return (
    <fieldset className="option-group" aria-describedby={describedBy} data-testid="option-group">
      <legend>{group.name}</legend>
      <p id={`${id}-rule`} className="muted small">
        {selectionRule(t, group)}
      </p>
      <ul className="option-list">
        {group.options.map((o) => {
          const checked = selected.includes(o.id);
          const blocked = !o.available || (atLimit && !checked);
          return (
            <li key={o.id} data-available={o.available}>
              <label className="option">
                <input
                  type={single ? "radio" : "checkbox"}
                  name={`${id}-choice`}
                  value={o.id}
                  checked={checked}
                  disabled={blocked && !checked}
                  aria-invalid={error ? true : undefined}
                  onChange={(e) => onChange(single ? [o.id] : e.target.checked ? [...selected, o.id] : selected.filter((s) => s !== o.id))}
                />
                <span className="option-name">
                  {o.name}
                  {!o.available && <span className="badge badge-closed"> {t("unavailable")}</span>}
                </span>
                <span className="option-price">{delta(o.priceDeltaCents)}</span>
                {o.allergens.length > 0 && <span className="option-allergens muted small">{tNote("option", { list: o.allergens.map(allergenLabel).join(", ").toLowerCase() })}</span>}
              </label>
            </li>
          );
        })}
        {single && group.minSelect === 0 && (
          <li>
            <label className="option">
              <input type="radio" name={`${id}-choice`} value="" checked={selected.length === 0} onChange={() => onChange([])} />
              <span className="option-name">{t("none", { group: group.name.toLowerCase() })}</span>
            </label>
          </li>
        )}
      </ul>
      {/* Present from the start, so the change is announced. */}
      <p className="muted small" aria-live="polite">
        {atLimit ? t("atLimit", { count: selected.length, max: group.maxSelect }) : ""}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
