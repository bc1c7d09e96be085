// A menu change in the words staff use: "Price: €9.95 → €10.45", "Allergens: none → Milk",
// not the stored field names and raw values ("priceCents: 995 → 1045").
import { formatCents } from "@/lib/money";

const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  description: "Description",
  priceCents: "Price",
  priceDeltaCents: "Extra price",
  categoryId: "Category",
  allergens: "Allergens",
  mayContain: "May contain",
  dietaryTags: "Dietary",
  minSelect: "Minimum choices",
  maxSelect: "Maximum choices",
  inStock: "In stock",
  available: "Available",
  groupIds: "Option groups",
  photoUrl: "Photo",
};

/** "someField" → "Some field", for a field added after this list. */
const humanize = (field: string) => field.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase()).replace(/(?<= )[A-Z]/g, (c) => c.toLowerCase());

function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (field.endsWith("Cents") && typeof value === "number") return formatCents(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? (field.endsWith("Ids") ? `${value.length}` : value.map(String).join(", ")) : "none";
  return String(value);
}

/** The changed fields ("Price: €9.95 → €10.45, Description: none → Crisp"), or the name of what was added or archived. */
export function describeMenuChange(changes: unknown): string {
  if (!changes || typeof changes !== "object") return "";
  // Something added, archived or re-attached names itself; its other fields are not [before, after] pairs.
  const name = (changes as { name?: unknown }).name;
  if (typeof name === "string") return name;
  return Object.entries(changes as Record<string, unknown>)
    .filter((entry): entry is [string, [unknown, unknown]] => Array.isArray(entry[1]) && entry[1].length === 2)
    .map(([field, [before, after]]) => `${FIELD_LABEL[field] ?? humanize(field)}: ${describeValue(field, before)} → ${describeValue(field, after)}`)
    .join(", ");
}
