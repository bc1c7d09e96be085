// PUT /api/v1/me/alert-subscription: which outlets, channels and severities an admin is
// alerted about, how, and when not (quiet hours). Outlets must be of the admin's chain.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { chainScope } from "@/lib/monitoring/assert-chain-access";
import { alertSubscriptionSelect } from "@/lib/monitoring/get-alert-subscription";
import { alertSubscriptionSchema } from "@/lib/monitoring/schemas";

export async function setAlertSubscription(actor: Actor, input: unknown) {
  const scope = chainScope(actor);
  const data = alertSubscriptionSchema.parse(input);
  const restaurantIds = [...new Set(data.restaurantIds)];
  if (restaurantIds.length) {
    const known = await prisma.restaurant.count({ where: { id: { in: restaurantIds }, ...scope } });
    if (known !== restaurantIds.length) throw new AppError(400, "Some outlets are not of your chain", "unknown_outlet");
  }
  const row = { ...data, restaurantIds, channelCodes: [...new Set(data.channelCodes)] };
  const saved = await prisma.alertSubscription.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, ...row },
    update: row,
    select: alertSubscriptionSelect,
  });
  return { ...saved, saved: true };
}
