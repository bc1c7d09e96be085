// What makes a cart or order line this line: its chosen options, the note for the kitchen and
// (where known) the allergens of the dish with those options.
import { useTranslations } from "next-intl";
import { AllergenNote } from "@/components/menu/allergen-note";
import { describeOptions } from "@/lib/cart/cart-line";

interface Props {
  options: { name: string }[];
  note: string | null;
  allergens?: string[];
}

export function CartLineDetails({ options, note, allergens = [] }: Props) {
  const t = useTranslations("cart.line");
  return (
    <>
      {options.length > 0 && (
        <span className="line-options muted small" data-testid="line-options">
          {describeOptions(options)}
        </span>
      )}
      {note && (
        <span className="line-note small" data-testid="line-note">
          {t("note", { note })}
        </span>
      )}
      {allergens.length > 0 && <AllergenNote allergens={allergens} mayContain={[]} className="line-allergens muted small" as="span" />}
    </>
  );
}
