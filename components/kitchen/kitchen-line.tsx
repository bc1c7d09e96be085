// One line of a ticket as the cook reads it from a metre away: quantity and dish, the chosen
// options under it by group, the customer's note highlighted, the allergens as badges.
import { useTranslations } from "next-intl";
import { ALLERGENS, type Allergen } from "@/lib/menu/allergens";

const isAllergen = (code: string): code is Allergen => Object.hasOwn(ALLERGENS, code);
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";
import { groupLineOptions } from "./group-line-options";

type Line = KitchenOrder["items"][number];

export function KitchenLine({ line }: { line: Line }) {
  const t = useTranslations("kitchen.ticket");
  const groups = groupLineOptions(line.options);
  return (
    <li className="kitchen-line" data-testid="kitchen-line">
      <span className="kitchen-qty">{line.quantity}×</span> {line.name}
      {groups.length > 0 && (
        <dl className="kitchen-options">
          {groups.map((group) => (
            <div key={group.groupName}>
              <dt>{group.groupName}</dt>
              <dd>{group.names.join(", ")}</dd>
            </div>
          ))}
        </dl>
      )}
      {line.notes && (
        <p className="kitchen-note">
          <strong>{t("note")}</strong> {line.notes}
        </p>
      )}
      {line.allergens.length > 0 && (
        <ul className="kitchen-allergens" aria-label={t("allergensIn", { dish: line.name })}>
          {line.allergens.map((code) => (
            <li key={code} className="badge kitchen-allergen">
              {isAllergen(code) ? t(`allergens.${code}`) : code}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
