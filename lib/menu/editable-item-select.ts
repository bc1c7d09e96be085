import type { Prisma } from "@/lib/generated/prisma/client";

/** An item as the menu editor shows and edits it. */
export const editableItemSelect = {
  id: true,
  categoryId: true,
  name: true,
  description: true,
  priceCents: true,
  tags: true,
  prepMinutes: true,
  kind: true,
  photoUrl: true,
  allergens: true,
  mayContain: true,
  inStock: true,
  position: true,
} as const satisfies Prisma.FoodItemSelect;
