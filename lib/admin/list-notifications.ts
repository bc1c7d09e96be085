// The signed-in admin's in-app alerts, newest first.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

const PAGE = 100;

export async function listNotifications(actor: Actor) {
  return prisma.notification.findMany({
    where: { userId: actor.userId, channel: "IN_APP" },
    orderBy: { createdAt: "desc" },
    take: PAGE,
    select: {
      id: true,
      kind: true,
      subject: true,
      body: true,
      readAt: true,
      createdAt: true,
      incident: {
        select: {
          id: true,
          restaurantId: true,
          state: true,
          rule: true,
          severity: true,
          restaurant: { select: { name: true, timeZone: true } },
          listing: { select: { channel: { select: { code: true } } } },
        },
      },
    },
  });
}
