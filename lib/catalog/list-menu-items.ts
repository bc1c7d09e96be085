// GET /api/v1/menu_items (seed 004): the flat item list table tablets read, with the
// menu version they must send back with an order.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

const query = z.object({ restaurant_id: z.uuid() });

export async function listMenuItems(input: unknown) {
  const parsed = query.safeParse(input);
  if (!parsed.success) throw new AppError(400, "Invalid restaurant_id", "invalid_request");
  const restaurant = await prisma.restaurant.findUnique({
    where: { id: parsed.data.restaurant_id },
    select: {
      menuVersion: true,
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
          category: { select: { name: true } },
          inventory: { select: { quantity: true } },
        },
      },
    },
  });
  if (!restaurant) throw notFound("Restaurant");
  return {
    menuVersion: restaurant.menuVersion,
    items: restaurant.items.map((i) => ({
      id: i.id,
      name: i.name,
      description: i.description,
      category: i.category?.name ?? null,
      tags: i.tags,
      // The contract's price is a decimal in the currency unit; cents stay exact alongside.
      price: i.priceCents / 100,
      price_cents: i.priceCents,
      available: i.inStock && (i.inventory?.quantity == null || i.inventory.quantity > 0),
    })),
  };
}
