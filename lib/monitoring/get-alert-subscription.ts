// An admin's alert preferences; without a saved subscription, the defaults (everything of
// their chain, in-app and email, no quiet hours).
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { chainScope } from "@/lib/monitoring/assert-chain-access";
import { alertSubscriptionSchema } from "@/lib/monitoring/schemas";

export const alertSubscriptionSelect = {
  restaurantIds: true,
  channelCodes: true,
  minSeverity: true,
  email: true,
  inApp: true,
  quietStartMinute: true,
  quietEndMinute: true,
  timeZone: true,
  updatedAt: true,
} as const;

export async function getAlertSubscription(actor: Actor) {
  chainScope(actor); // admins only
  const saved = await prisma.alertSubscription.findUnique({ where: { userId: actor.userId }, select: alertSubscriptionSelect });
  return saved ? { ...saved, saved: true } : { ...alertSubscriptionSchema.parse({}), updatedAt: null, saved: false };
}
