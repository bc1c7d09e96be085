// Staff take an option off every item that offers it ("86": out of mozzarella) or put it back,
// whatever its count says. PUT /api/v1/options/{id}/availability with {"available": false}.
// The availability log names it like an item ("86'd Extras: Extra mozzarella"), with its id.
import type { Actor } from "@/lib/auth/actor";
import { bumpMenuVersion } from "@/lib/catalog/bump-menu-version";
import { changeMenu } from "@/lib/catalog/change-menu";
import { editableOptionSelect } from "@/lib/menu/editable-option-group-select";
import { findStaffOption } from "@/lib/menu/find-staff-option";
import { itemStockSchema } from "@/lib/availability/schemas";

export async function setOptionAvailability(actor: Actor, optionId: unknown, input: unknown) {
  const option = await findStaffOption(actor, optionId);
  const { available, reason } = itemStockSchema.parse(input);

  return changeMenu(option.restaurantId, async (tx) => {
    // Conditional: of two staff pressing the same switch, one changes it and one is a no-op.
    // An order that reads the option after this commits finds it out of stock (409).
    const { count } = await tx.menuOption.updateMany({ where: { id: option.id, inStock: !available, archivedAt: null }, data: { inStock: available } });
    const after = await tx.menuOption.findUniqueOrThrow({ where: { id: option.id }, select: editableOptionSelect });
    if (count === 0) {
      const { menuVersion } = await tx.restaurant.findUniqueOrThrow({ where: { id: option.restaurantId }, select: { menuVersion: true } });
      return { ...after, changed: false, menuVersion };
    }
    await tx.availabilityReport.create({
      data: {
        restaurantId: option.restaurantId,
        actorId: actor.userId,
        kind: available ? "ITEM_IN_STOCK" : "ITEM_OUT_OF_STOCK",
        reason: reason ?? null,
        payload: { itemName: option.label, optionId: option.id },
      },
    });
    const menuVersion = await bumpMenuVersion(tx, option.restaurantId);
    return { ...after, changed: true, menuVersion };
  });
}
