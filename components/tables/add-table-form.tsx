"use client";
import { useActionState } from "react";
import type { TableActionState } from "@/app/kitchen/[restaurantId]/tables/actions";
import { TableActionResult } from "./table-action-result";

type Action = (previous: TableActionState, form: FormData) => Promise<TableActionState>;

export function AddTableForm({ action }: { action: Action }) {
  const [state, submit, pending] = useActionState(action, { error: null, done: null });
  return (
    <form action={submit} className="card menu-admin-new-category menu-admin-no-print" aria-label="Add a table">
      <label className="field">
        <span>Table number</span>
        <input name="number" required maxLength={20} placeholder="e.g. T13" />
      </label>
      <label className="field">
        <span>Seats</span>
        <input name="seats" type="number" min={1} max={30} defaultValue={4} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        Add table
      </button>
      <TableActionResult state={state} doneClassName="form-success" />
    </form>
  );
}
