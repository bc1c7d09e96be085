// The allergens of a dish (or of a dish with its chosen options) in words a customer reads,
// by the EU codes stored on items and options.
import { useTranslations } from "next-intl";
import { ALLERGEN_CODES, type Allergen } from "@/lib/menu/allergens";

const isAllergen = (code: string): code is Allergen => (ALLERGEN_CODES as string[]).includes(code);

/** An allergen's name in the reader's language; an unknown code as it is. */
export function useAllergenLabel() {
  const t = useTranslations("menu.allergens");
  return (code: string) => (isAllergen(code) ? t(code) : code);
}

/** Codes in the regulation's order, so a dish reads the same on its row, sheet and ticket. */
const inOrder = (codes: string[]) => [...codes].sort((a, b) => ALLERGEN_CODES.indexOf(a as Allergen) - ALLERGEN_CODES.indexOf(b as Allergen));

interface Props {
  allergens: string[];
  mayContain: string[];
  className?: string;
  /** "span" inside phrasing content (a cart line). */
  as?: "p" | "span";
}

export function AllergenNote({ allergens, mayContain, className = "muted small", as: Tag = "p" }: Props) {
  const t = useTranslations("menu.allergenNote");
  const label = useAllergenLabel();
  if (allergens.length === 0 && mayContain.length === 0) return null;
  const list = (codes: string[]) => inOrder(codes).map(label).join(", ");
  return (
    <Tag className={`allergen-note ${className}`} data-testid="allergens">
      {allergens.length > 0 && t("contains", { list: list(allergens) })}
      {allergens.length > 0 && mayContain.length > 0 && " "}
      {mayContain.length > 0 && t("mayContain", { list: list(mayContain) })}
    </Tag>
  );
}
