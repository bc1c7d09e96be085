"use server";
// The tables page's form actions: the same domain functions as the tables API, with the
// session's actor (the functions check the outlet scope). What they answer is in the
// reader's language: errors by their code, the server's English message only as a last resort.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { describeError } from "@/lib/errors/describe-error";
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

type Text = Awaited<ReturnType<typeof getTranslations<"kitchen.tables">>>;

/** One line for the form: the refused field, the known refusal, or the request id to quote. */
function errorText(error: unknown, t: Text, tableNumber: string): string {
  const { body } = describeError(error, logger, { via: "server action" });
  if (body.requestId) return t("errors.unexpected", { reference: body.requestId });
  if (body.code === "invalid_request") {
    const first = Array.isArray(body.details) ? (body.details[0] as { path?: unknown } | undefined) : undefined;
    if (first?.path === "number") return t("errors.invalid_number");
    if (first?.path === "seats") return t("errors.invalid_seats");
  }
  if (body.code === "table_exists") return t("errors.table_exists", { table: tableNumber });
  const known = ["unauthorized", "forbidden", "not_found", "limit_reached"] as const;
  const code = known.find((c) => c === body.code);
  if (code) return t(`errors.${code}`);
  return body.error;
}

async function run(restaurantId: unknown, tableNumber: string, action: (restaurantId: string, t: Text) => Promise<string>): Promise<TableActionState> {
  const t = await getTranslations("kitchen.tables");
  try {
    const id = outletId.parse(restaurantId);
    const done = await action(id, t);
    revalidatePath(`/kitchen/${id}/tables`);
    return { error: null, done };
  } catch (error) {
    return { error: errorText(error, t, tableNumber), done: null };
  }
}

async function kitchenActor() {
  const actor = await getActor();
  if (!actor) throw new AppError(401, "Sign in again", "unauthorized");
  if (!canUse(actor, "kitchen")) throw new AppError(403, "You are not allowed to do this", "forbidden");
  return actor;
}

export async function addTableAction(restaurantId: string, _previous: TableActionState, form: FormData): Promise<TableActionState> {
  const number = form instanceof FormData ? String(form.get("number") ?? "").trim() : "";
  return run(restaurantId, number, async (id, t) => {
    const fields = formData.parse(form);
    const input = { number: fields.get("number"), seats: fields.get("seats") || undefined };
    assertCleanInput(input);
    const table = await createTable(await kitchenActor(), id, input);
    return t("added", { table: table.number });
  });
}

export async function rotateTokenAction(restaurantId: string, tableId: string): Promise<TableActionState> {
  return run(restaurantId, "", async (id, t) => {
    await rotateTableToken(await kitchenActor(), id, tableId);
    return t("rotated");
  });
}
