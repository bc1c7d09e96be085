// Option groups for order tests: real rows, attached to items as staff would attach them.
import { prisma } from "@/lib/db/client";

export interface OptionFixture {
  name: string;
  priceDeltaCents?: number;
  /** Tracked units; null (default) means untracked. */
  quantity?: number | null;
  inStock?: boolean;
  allergens?: string[];
  mayContain?: string[];
  voidsDiet?: string[];
}

/** A group of the outlet with its options (in the given order), attached to `itemIds` in the next position. */
export async function createOptionGroup(
  restaurantId: string,
  group: { name: string; minSelect: number; maxSelect: number; options: OptionFixture[]; itemIds: string[] },
) {
  const created = await prisma.optionGroup.create({
    data: {
      restaurantId,
      name: group.name,
      minSelect: group.minSelect,
      maxSelect: group.maxSelect,
      options: { create: group.options.map((o, position) => ({ restaurantId, position, ...o })) },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
  for (const itemId of group.itemIds) {
    const position = await prisma.itemOptionGroup.count({ where: { itemId } });
    await prisma.itemOptionGroup.create({ data: { itemId, groupId: created.id, position } });
  }
  /** The option of this group with that name. */
  const option = (name: string) => created.options.find((o) => o.name === name)!;
  return { ...created, option };
}
