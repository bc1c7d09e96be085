// The menu log: who changed what on an outlet's menu, newest first.
// GET /api/v1/restaurants/{id}/menu/changes and the menu editor.
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";

const RECENT = 30;

export async function listMenuChanges(actor: Actor, restaurantId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const rows = await prisma.menuChange.findMany({
    where: { restaurantId: id },
    orderBy: { createdAt: "desc" },
    take: RECENT,
    select: { id: true, action: true, entityId: true, changes: true, menuVersion: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map(({ actor: author, ...row }) => ({ ...row, actorName: author?.name ?? null }));
}
