// Staff count an option's units left ("8 portions of truffle"), or stop counting (null).
// PUT /api/v1/options/{id}/availability with {"quantity": n, "version": v}.
//
// As with item stock (lib/availability/set-inventory.ts): orders decrement a counted option
// with a guarded relative UPDATE that also moves `version`; the count applies only while the
// version the caller read is current, so a count that raced an order is a 409 (count again)
// instead of overwriting the sale.
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { bumpMenuVersion } from "@/lib/catalog/bump-menu-version";
import { changeMenu } from "@/lib/catalog/change-menu";
import { editableOptionSelect } from "@/lib/menu/editable-option-group-select";
import { findStaffOption } from "@/lib/menu/find-staff-option";
import { optionCountSchema } from "@/lib/availability/schemas";

export async function setOptionCount(actor: Actor, optionId: unknown, input: unknown) {
  const option = await findStaffOption(actor, optionId);
  const body = optionCountSchema.parse(input);

  return changeMenu(option.restaurantId, async (tx) => {
    // Locked, so the count and its "from" in the report are exact; orders wait the moment.
    const [before] = await tx.$queryRaw<{ quantity: number | null; version: number }[]>`
      SELECT quantity, version FROM menu_options WHERE id = ${option.id}::uuid AND archived_at IS NULL FOR NO KEY UPDATE`;
    if (!before) throw notFound("Option");
    if (body.version !== undefined && body.version !== before.version) {
      throw new AppError(409, "The stock changed meanwhile (an order or another edit); reload and try again", "version_conflict", {
        currentVersion: before.version,
      });
    }
    const after = await tx.menuOption.update({
      where: { id: option.id },
      data: { quantity: body.quantity, version: { increment: 1 } },
      select: editableOptionSelect,
    });
    await tx.availabilityReport.create({
      data: {
        restaurantId: option.restaurantId,
        actorId: actor.userId,
        kind: "INVENTORY_SET",
        reason: body.reason ?? null,
        payload: { itemName: option.label, optionId: option.id, from: before.quantity, to: after.quantity },
      },
    });
    const menuVersion = await bumpMenuVersion(tx, option.restaurantId);
    return { ...after, menuVersion };
  });
}
