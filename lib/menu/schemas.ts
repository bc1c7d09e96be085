// Bodies of the menu management APIs (app/api/v1/restaurants/[id]/menu/...), shared by the
// handlers and the kitchen's menu editor. Prices are typed in euros and kept in integer cents.
import { z } from "zod";
import { ALLERGEN_CODES } from "@/lib/menu/allergens";

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/**
 * Euros as staff type them ("12.50", "12,5", "9") or as a JSON number, to integer cents,
 * without floating-point arithmetic: 0.1 + 0.2 never becomes 30.000000000000004 cents.
 */
export const euros = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => {
    const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(String(value).trim());
    if (!match) {
      ctx.addIssue({ code: "custom", message: "Enter a price in euros, e.g. 12.50" });
      return z.NEVER;
    }
    return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
  })
  .refine((cents) => cents > 0, "The price must be more than €0");

/** Lower-case, trimmed, no repeats: "Vegan, vegan " is one tag. */
const tags = z
  .array(z.string().trim().toLowerCase().min(1).max(30))
  .max(10, "At most 10 tags")
  .transform((list) => [...new Set(list)]);

/** EU allergen codes (lib/menu/allergens.ts), each once, sorted: an unknown code is a 400. */
const allergens = z
  .array(z.enum(ALLERGEN_CODES, { error: (issue) => `Unknown allergen ${JSON.stringify(issue.input)}` }))
  .transform((list) => [...new Set(list)].sort());

export const categorySchema = z.strictObject({ name: z.string().trim().min(1, "Name the category").max(60) });

const itemFields = {
  category_id: z.uuid().nullable(),
  name: z.string().trim().min(1, "Name the item").max(80),
  description: z.string().trim().max(500),
  price: euros,
  tags,
  prep_minutes: z.number().int().min(1).max(240),
  kind: z.enum(["PREPARED", "MADE_TO_ORDER"]),
  allergens,
  mayContain: allergens,
};

export const createItemSchema = z.strictObject({
  ...itemFields,
  description: itemFields.description.default(""),
  tags: tags.default([]),
  prep_minutes: itemFields.prep_minutes.default(10),
  kind: itemFields.kind.default("MADE_TO_ORDER"),
  allergens: allergens.default([]),
  mayContain: allergens.default([]),
});
export type CreateItemInput = z.input<typeof createItemSchema>;

export const updateItemSchema = z
  .strictObject(itemFields)
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, "Send at least one field to change");
export type UpdateItemInput = z.input<typeof updateItemSchema>;

/** The API's item fields as columns (price arrives in euros, already turned into cents). */
export function itemColumns(body: z.output<typeof updateItemSchema>) {
  return {
    categoryId: body.category_id,
    name: body.name,
    description: body.description,
    priceCents: body.price,
    tags: body.tags,
    prepMinutes: body.prep_minutes,
    kind: body.kind,
    allergens: body.allergens,
    mayContain: body.mayContain,
  };
}

/** A whole list in its new order: every live entry of it, once. */
const orderedIds = z
  .array(z.uuid())
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, "Each id once");

export const reorderCategoriesSchema = z.strictObject({ ids: orderedIds });
export const reorderItemsSchema = z.strictObject({ category_id: z.uuid().nullable(), ids: orderedIds });

// Option groups and options (app/api/v1/restaurants/{id}/menu/option-groups/...). Price
// deltas are integer cents and may be 0 or negative ("Small": -150).

export const MAX_OPTION_GROUPS_PER_OUTLET = 200;
export const MAX_OPTIONS_PER_GROUP = 50;
export const MAX_GROUPS_PER_ITEM = 20;
const MAX_SELECT = MAX_OPTIONS_PER_GROUP;

const optionFields = {
  name: z.string().trim().min(1, "Name the option").max(80),
  priceDeltaCents: z.number().int("Price deltas are whole cents").min(-100_000).max(100_000),
  isDefault: z.boolean(),
  allergens,
  mayContain: allergens,
  /** Dietary tags of the item the option voids (bacon voids "vegetarian"). */
  voidsDiet: tags,
  position: z.number().int().min(0).max(10_000),
};

export const createOptionSchema = z.strictObject({
  name: optionFields.name,
  priceDeltaCents: optionFields.priceDeltaCents.default(0),
  isDefault: optionFields.isDefault.default(false),
  allergens: allergens.default([]),
  mayContain: allergens.default([]),
  voidsDiet: tags.default([]),
});
export type CreateOptionInput = z.input<typeof createOptionSchema>;

export const updateOptionSchema = z
  .strictObject(optionFields)
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, "Send at least one field to change");
export type UpdateOptionInput = z.input<typeof updateOptionSchema>;

const groupFields = {
  name: z.string().trim().min(1, "Name the group").max(60),
  /** How many options a customer must choose (0: optional) and may choose. */
  minSelect: z.number().int().min(0).max(MAX_SELECT),
  maxSelect: z.number().int().min(1).max(MAX_SELECT),
};

/** min ≤ max, said in the words staff read on the form. */
export const selectRangeMessage = "minSelect cannot be more than maxSelect";
const selectRangeHolds = (g: { minSelect?: number; maxSelect?: number }) =>
  g.minSelect === undefined || g.maxSelect === undefined || g.minSelect <= g.maxSelect;

export const createOptionGroupSchema = z
  .strictObject({ ...groupFields, options: z.array(createOptionSchema).max(MAX_OPTIONS_PER_GROUP).default([]) })
  .refine(selectRangeHolds, { message: selectRangeMessage, path: ["minSelect"] });
export type CreateOptionGroupInput = z.input<typeof createOptionGroupSchema>;

export const updateOptionGroupSchema = z
  .strictObject(groupFields)
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, "Send at least one field to change")
  .refine(selectRangeHolds, { message: selectRangeMessage, path: ["minSelect"] });
export type UpdateOptionGroupInput = z.input<typeof updateOptionGroupSchema>;

/** The groups an item offers, in the order its sheet shows them (replaces the list). */
export const attachOptionGroupsSchema = z.strictObject({
  groupIds: z
    .array(z.uuid())
    .max(MAX_GROUPS_PER_ITEM)
    .refine((ids) => new Set(ids).size === ids.length, "Each group once"),
});
export type AttachOptionGroupsInput = z.input<typeof attachOptionGroupsSchema>;
