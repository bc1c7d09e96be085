// The allergens of a dish (or of a dish with its chosen options) in words a customer reads,
// by the EU codes stored on items and options.
import { ALLERGEN_CODES, ALLERGENS, type Allergen } from "@/lib/menu/allergens";

export const allergenLabel = (code: string) => ALLERGENS[code as Allergen] ?? code;

/** Labels in the regulation's order, so a dish reads the same on its row, sheet and ticket. */
const labels = (codes: string[]) =>
  [...codes]
    .sort((a, b) => ALLERGEN_CODES.indexOf(a as Allergen) - ALLERGEN_CODES.indexOf(b as Allergen))
    .map(allergenLabel)
    .join(", ");

interface Props {
  allergens: string[];
  mayContain: string[];
  className?: string;
  /** "span" inside phrasing content (a cart line). */
  as?: "p" | "span";
}

export function AllergenNote({ allergens, mayContain, className = "muted small", as: Tag = "p" }: Props) {
  if (allergens.length === 0 && mayContain.length === 0) return null;
  return (
    <Tag className={`allergen-note ${className}`} data-testid="allergens">
      {allergens.length > 0 && <>Contains: {labels(allergens)}.</>}
      {allergens.length > 0 && mayContain.length > 0 && " "}
      {mayContain.length > 0 && <>May contain: {labels(mayContain)}.</>}
    </Tag>
  );
}
