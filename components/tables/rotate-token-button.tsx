"use client";
import { useActionState } from "react";
import type { TableActionState } from "@/app/kitchen/[restaurantId]/tables/actions";
import { TableActionResult } from "./table-action-result";

export function RotateTokenButton({ tableNumber, action }: { tableNumber: string; action: () => Promise<TableActionState> }) {
  const [state, submit, pending] = useActionState(action, { error: null, done: null });
  return (
    <form
      action={submit}
      className="menu-admin-no-print"
      onSubmit={(e) => {
        if (!window.confirm(`Make a new link for table ${tableNumber}? Its printed QR code stops working at once.`)) e.preventDefault();
      }}
    >
      <button type="submit" className="button button-quiet button-small" disabled={pending}>
        New link
      </button>
      <TableActionResult state={state} doneClassName="small" />
    </form>
  );
}
