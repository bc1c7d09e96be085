// A menu change in the words staff use: "Price: €9.95 → €10.45", "Allergens: none → Milk",
// not the stored field names and raw values ("priceCents: 995 → 1045"), in the reader's language.
import { formatCents } from "@/lib/money";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogues";
import { ALLERGENS, type Allergen } from "@/lib/menu/allergens";
import { MENU_CURRENCY, type MenuAdminT } from "./menu-editor-keys";

type FieldKey = keyof Messages["menuAdmin"]["change"]["fields"];

/** "someField" → "Some field", for a field added after the catalogue's list (its name is English). */
const humanize = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase()).replace(/(?<= )[A-Z]/g, (c) => c.toLowerCase());

const isAllergen = (value: unknown): value is Allergen => typeof value === "string" && Object.hasOwn(ALLERGENS, value);

function describeValue(t: MenuAdminT, locale: Locale, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("change.none");
  if (field.endsWith("Cents") && typeof value === "number") return formatCents(value, MENU_CURRENCY, locale);
  if (typeof value === "boolean") return value ? t("change.yes") : t("change.no");
  if (Array.isArray(value)) {
    if (value.length === 0) return t("change.none");
    if (field.endsWith("Ids")) return `${value.length}`;
    // Allergen codes ("milk") read as their names; other lists (tags) are data.
    return value.map((v) => (isAllergen(v) ? t(`allergens.${v}`) : String(v))).join(", ");
  }
  return String(value);
}

/** The changed fields ("Price: €9.95 → €10.45, Description: none → Crisp"), or the name of what was added or archived. */
export function describeMenuChange(t: MenuAdminT, locale: Locale, changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  // Something added, archived or re-attached names itself; its other fields are not [before, after] pairs.
  const name = (changes as { name?: unknown }).name;
  if (typeof name === "string") return name;
  const label = (field: string) => (t.has(`change.fields.${field as FieldKey}`) ? t(`change.fields.${field as FieldKey}`) : humanize(field));
  return Object.entries(changes as Record<string, unknown>)
    .filter((entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2)
    .map(([field, [before, after]]) => `${label(field)}: ${describeValue(t, locale, field, before)} → ${describeValue(t, locale, field, after)}`)
    .join(", ");
}
