// Staff take an item off the menu ("86" it) or put it back, whatever its inventory says.
// PUT /api/v1/items/{id}/availability with {"available": false} and the kitchen screen.
import type { Actor } from "@/lib/auth/actor";
import { bumpMenuVersion } from "@/lib/catalog/bump-menu-version";
import { changeMenu } from "@/lib/catalog/change-menu";
import { findStaffItem } from "@/lib/menu/find-staff-item";
import { itemStockSchema } from "@/lib/availability/schemas";

export async function setItemAvailability(actor: Actor, itemId: unknown, input: unknown) {
  const item = await findStaffItem(actor, itemId);
  const { available, reason } = itemStockSchema.parse(input);

  return changeMenu(item.restaurantId, async (tx) => {
    // Conditional: of two staff pressing the same switch, one changes it and one is a no-op,
    // so the log and the menu version record each real change once.
    const { count } = await tx.foodItem.updateMany({ where: { id: item.id, inStock: !available }, data: { inStock: available } });
    if (count === 0) {
      const { menuVersion } = await tx.restaurant.findUniqueOrThrow({ where: { id: item.restaurantId }, select: { menuVersion: true } });
      return { itemId: item.id, available, changed: false, menuVersion };
    }
    await tx.availabilityReport.create({
      data: {
        restaurantId: item.restaurantId,
        itemId: item.id,
        actorId: actor.userId,
        kind: available ? "ITEM_IN_STOCK" : "ITEM_OUT_OF_STOCK",
        reason: reason ?? null,
        payload: { itemName: item.name },
      },
    });
    const menuVersion = await bumpMenuVersion(tx, item.restaurantId);
    return { itemId: item.id, available, changed: true, menuVersion };
  });
}
