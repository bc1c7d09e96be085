// POST /api/v1/restaurants/{id}/tables – {"number": "T12", "seats": 4}: a table with a fresh token.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/db/retry-on-conflict";
import { env } from "@/lib/env";
import { enforceCap } from "@/lib/limits/enforce-cap";
import { assertOutletStaff } from "@/lib/menu/assert-outlet-staff";
import { newTableToken } from "@/lib/tables/new-table-token";
import { createTableSchema } from "@/lib/tables/schemas";

export async function createTable(actor: Actor, restaurantId: unknown, input: unknown) {
  const id = await assertOutletStaff(actor, restaurantId);
  const { number, seats } = createTableSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const limit = env.MAX_TABLES_PER_OUTLET;
      await enforceCap(tx, { what: "tables", owner: "outlet", ownerId: id, limit, count: () => tx.diningTable.count({ where: { restaurantId: id } }) });
      return tx.diningTable.create({
        data: { restaurantId: id, number, seats, token: newTableToken() },
        select: { id: true, number: true, seats: true, token: true, createdAt: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(409, `There is already a table ${number}`, "table_exists");
    throw error;
  }
}
