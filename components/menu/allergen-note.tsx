// The allergens of a dish (or of a dish with its chosen options) in words a customer reads,
// by the EU codes stored on items and options.
import { ALLERGENS, type Allergen } from "@/lib/menu/allergens";

export const allergenLabel = (code: string) => ALLERGENS[code as Allergen] ?? code;

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
      {allergens.length > 0 && <>Contains: {allergens.map(allergenLabel).join(", ")}.</>}
      {allergens.length > 0 && mayContain.length > 0 && " "}
      {mayContain.length > 0 && <>May contain: {mayContain.map(allergenLabel).join(", ")}.</>}
    </Tag>
  );
}
