// Staff count what is on the shelf (prepared items) or how many more the kitchen can make
// (made-to-order capacity). PUT /api/v1/items/{id}/availability with {"quantity": n}.
//
// An absolute count races orders, which decrement with a guarded relative UPDATE that also
// moves `version` (lib/orders/create-order.ts). The caller sends the version it read; the
// write applies only while it is still current, so an order placed in between turns the
// edit into a 409 (count again) instead of being overwritten, and an order placed after
// the edit decrements the new count. Either way no update is lost.
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/db/retry-on-conflict";
import { bumpMenuVersion } from "@/lib/catalog/bump-menu-version";
import { changeMenu } from "@/lib/catalog/change-menu";
import { findStaffItem } from "@/lib/menu/find-staff-item";
import { inventorySchema } from "@/lib/availability/schemas";

const conflict = (currentVersion: number | null) =>
  new AppError(409, "The stock changed meanwhile (an order or another edit); reload and try again", "version_conflict", { currentVersion });

export async function setInventory(actor: Actor, itemId: unknown, input: unknown) {
  const item = await findStaffItem(actor, itemId);
  const body = inventorySchema.parse(input);

  try {
    return await changeMenu(item.restaurantId, async (tx) => {
      // Locked, so the count and its "from" in the report are exact; orders wait the moment.
      const [before] = await tx.$queryRaw<{ quantity: number | null; maxQuantity: number | null; version: number }[]>`
        SELECT quantity, max_quantity AS "maxQuantity", version FROM inventory WHERE item_id = ${item.id}::uuid FOR NO KEY UPDATE`;
      if (body.version !== undefined && body.version !== (before?.version ?? 0)) throw conflict(before?.version ?? null);
      const data = { quantity: body.quantity, maxQuantity: body.max_quantity === undefined ? (before?.maxQuantity ?? null) : body.max_quantity };
      const select = { quantity: true, maxQuantity: true, version: true } as const;
      const after = before
        ? await tx.inventory.update({ where: { itemId: item.id }, data: { ...data, version: { increment: 1 } }, select })
        : // First count of an untracked item; a concurrent first count hits the unique itemId.
          await tx.inventory.create({ data: { ...data, itemId: item.id, restaurantId: item.restaurantId }, select });
      await tx.availabilityReport.create({
        data: {
          restaurantId: item.restaurantId,
          itemId: item.id,
          actorId: actor.userId,
          kind: "INVENTORY_SET",
          reason: body.reason ?? null,
          payload: { itemName: item.name, from: before?.quantity ?? null, to: after.quantity, maxQuantity: after.maxQuantity },
        },
      });
      const menuVersion = await bumpMenuVersion(tx, item.restaurantId);
      return { itemId: item.id, ...after, menuVersion };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(null);
    throw error;
  }
}
