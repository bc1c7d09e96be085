// An outlet's tables with their links (the token is the table tablet's credential: only
// the outlet's staff see it). GET /api/v1/restaurants/{id}/tables and the tables page.
// At most MAX_TABLES_PER_OUTLET: creation is capped there.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";

const byNumber = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

export async function listTables(actor: Actor, restaurantId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { tables, ...restaurant } = await prisma.restaurant.findUniqueOrThrow({
    where: { id },
    select: { id: true, name: true, tables: { take: env.MAX_TABLES_PER_OUTLET, orderBy: { createdAt: "asc" }, select: { id: true, number: true, seats: true, token: true, createdAt: true } } },
  });
  // T2 before T10.
  return { restaurant, tables: tables.sort((a, b) => byNumber.compare(a.number, b.number)) };
}
