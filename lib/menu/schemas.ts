// Bodies of the menu management APIs (app/api/v1/restaurants/[id]/menu/...), shared by the
// handlers and the kitchen's menu editor. Prices are typed in euros and kept in integer cents.
import { z } from "zod";

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

export const categorySchema = z.strictObject({ name: z.string().trim().min(1, "Name the category").max(60) });

const itemFields = {
  category_id: z.uuid().nullable(),
  name: z.string().trim().min(1, "Name the item").max(80),
  description: z.string().trim().max(500),
  price: euros,
  tags,
  prep_minutes: z.number().int().min(1).max(240),
  kind: z.enum(["PREPARED", "MADE_TO_ORDER"]),
};

export const createItemSchema = z.strictObject({
  ...itemFields,
  description: itemFields.description.default(""),
  tags: tags.default([]),
  prep_minutes: itemFields.prep_minutes.default(10),
  kind: itemFields.kind.default("MADE_TO_ORDER"),
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
