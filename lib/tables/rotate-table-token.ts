// POST /api/v1/restaurants/{id}/tables/{tableId}/token – a new secret for the table: the old
// link stops working at once (tablets look the token up on every request, nothing caches it),
// so a leaked or photographed QR code is dead. Print the new one.
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { newTableToken } from "@/lib/tables/new-table-token";

export async function rotateTableToken(actor: Actor, restaurantId: unknown, tableId: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const table = z.uuid().parse(tableId);
  const token = newTableToken();
  const { count } = await prisma.diningTable.updateMany({ where: { id: table, restaurantId: id }, data: { token } });
  if (count === 0) throw notFound("Table");
  return { id: table, token };
}
