// Marks every unread in-app alert of the signed-in admin as read.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export async function markNotificationsRead(actor: Actor, now = new Date()): Promise<number> {
  const { count } = await prisma.notification.updateMany({ where: { userId: actor.userId, channel: "IN_APP", readAt: null }, data: { readAt: now } });
  return count;
}
