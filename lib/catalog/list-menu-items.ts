// GET /api/v1/menu_items (seed 004): the flat item list table tablets read, with the
// menu version they must send back with an order.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { itemGroupIdsSelect, liveOptionGroupsSelect, optionGroupsByItem, requiredChoicesAvailable } from "@/lib/catalog/option-groups-by-item";

const query = z.object({ restaurant_id: z.uuid() });

export async function listMenuItems(input: unknown) {
  const parsed = query.safeParse(input);
  if (!parsed.success) throw new AppError(400, "Invalid restaurant_id", "invalid_request");
  const restaurant = await prisma.restaurant.findUnique({
    where: { id: parsed.data.restaurant_id },
    select: {
      menuVersion: true,
      optionGroups: liveOptionGroupsSelect,
      items: {
        where: { archivedAt: null },
        orderBy: [{ category: { position: "asc" } }, { position: "asc" }],
        select: {
          id: true,
          name: true,
          description: true,
          priceCents: true,
          tags: true,
          inStock: true,
          allergens: true,
          mayContain: true,
          category: { select: { name: true } },
          inventory: { select: { quantity: true } },
          optionGroups: itemGroupIdsSelect,
        },
      },
    },
  });
  if (!restaurant) throw notFound("Restaurant");
  const groupsOf = optionGroupsByItem(restaurant.optionGroups);
  return {
    menuVersion: restaurant.menuVersion,
    items: restaurant.items.map((i) => {
      const groups = groupsOf(i.optionGroups);
      return {
        id: i.id,
        name: i.name,
        description: i.description,
        category: i.category?.name ?? null,
        tags: i.tags,
        // The contract's price is a decimal in the currency unit; cents stay exact alongside.
        price: i.priceCents / 100,
        price_cents: i.priceCents,
        available: i.inStock && (i.inventory?.quantity == null || i.inventory.quantity > 0) && requiredChoicesAvailable(groups),
        allergens: i.allergens,
        may_contain: i.mayContain,
        option_groups: groups.map((g) => ({
          id: g.id,
          name: g.name,
          min_select: g.minSelect,
          max_select: g.maxSelect,
          options: g.options.map((o) => ({
            id: o.id,
            name: o.name,
            price_delta: o.priceDeltaCents / 100,
            price_delta_cents: o.priceDeltaCents,
            default: o.isDefault,
            available: o.available,
            allergens: o.allergens,
          })),
        })),
      };
    }),
  };
}
