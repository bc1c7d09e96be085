"use server";
// The tables page's form actions: the same domain functions as the tables API, with the
// session's actor (the functions check the outlet scope).
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { canUse } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { createTable } from "@/lib/tables/create-table";
import { rotateTableToken } from "@/lib/tables/rotate-table-token";

export interface TableActionState {
  error: string | null;
  done: string | null;
}

async function run(restaurantId: string, action: () => Promise<string>): Promise<TableActionState> {
  try {
    const done = await action();
    revalidatePath(`/kitchen/${restaurantId}/tables`);
    return { error: null, done };
  } catch (error) {
    if (error instanceof ZodError) return { error: error.issues[0]?.message ?? "Invalid input", done: null };
    if (error instanceof AppError) return { error: error.message, done: null };
    throw error;
  }
}

async function kitchenActor() {
  const actor = await getActor();
  if (!actor) throw new AppError(401, "Sign in again", "unauthorized");
  if (!canUse(actor, "kitchen")) throw new AppError(403, "You are not allowed to do this", "forbidden");
  return actor;
}

export async function addTableAction(restaurantId: string, _previous: TableActionState, form: FormData): Promise<TableActionState> {
  return run(restaurantId, async () => {
    const table = await createTable(await kitchenActor(), restaurantId, { number: form.get("number"), seats: form.get("seats") || undefined });
    return `Table ${table.number} added`;
  });
}

export async function rotateTokenAction(restaurantId: string, tableId: string): Promise<TableActionState> {
  return run(restaurantId, async () => {
    await rotateTableToken(await kitchenActor(), restaurantId, tableId);
    return "New link made: the old QR code no longer works";
  });
}
