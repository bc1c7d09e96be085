import { z } from "zod";
import type { Tx } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { editableOptionSelect } from "@/lib/menu/editable-option-group-select";

/** A live option of a live group (already found in the outlet): 404 for any other. */
export async function findGroupOption(tx: Tx, groupId: string, optionId: unknown) {
  const id = z.uuid().parse(optionId);
  const option = await tx.menuOption.findFirst({ where: { id, groupId, archivedAt: null }, select: editableOptionSelect });
  if (!option) throw notFound("Option");
  return option;
}
