"use server";
// The tables page's form actions: the same domain functions as the tables API, with the
// session's actor (the functions check the outlet scope).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { actionErrorMessage } from "@/lib/errors/action-error-message";
import { assertCleanInput } from "@/lib/http/clean-input";
import { logger } from "@/lib/logger";
import { canUse } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { createTable } from "@/lib/tables/create-table";
import { rotateTableToken } from "@/lib/tables/rotate-table-token";

export interface TableActionState {
  error: string | null;
  done: string | null;
}

// Server actions are public endpoints: their arguments arrive from the client as anything
// it chose to serialize, so they are parsed like a route's body before use.
const outletId = z.uuid();
const formData = z.instanceof(FormData, { message: "Send the form" });

async function run(restaurantId: unknown, action: (restaurantId: string) => Promise<string>): Promise<TableActionState> {
  try {
    const id = outletId.parse(restaurantId);
    const done = await action(id);
    revalidatePath(`/kitchen/${id}/tables`);
    return { error: null, done };
  } catch (error) {
    return { error: actionErrorMessage(error, logger), done: null };
  }
}

async function kitchenActor() {
  const actor = await getActor();
  if (!actor) throw new AppError(401, "Sign in again", "unauthorized");
  if (!canUse(actor, "kitchen")) throw new AppError(403, "You are not allowed to do this", "forbidden");
  return actor;
}

export async function addTableAction(restaurantId: string, _previous: TableActionState, form: FormData): Promise<TableActionState> {
  return run(restaurantId, async (id) => {
    const fields = formData.parse(form);
    const input = { number: fields.get("number"), seats: fields.get("seats") || undefined };
    assertCleanInput(input);
    const table = await createTable(await kitchenActor(), id, input);
    return `Table ${table.number} added`;
  });
}

export async function rotateTokenAction(restaurantId: string, tableId: string): Promise<TableActionState> {
  return run(restaurantId, async (id) => {
    await rotateTableToken(await kitchenActor(), id, tableId);
    return "New link made: the old QR code no longer works";
  });
}
