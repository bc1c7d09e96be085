"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TableActionState } from "@/app/kitchen/[restaurantId]/tables/actions";
import { TableActionResult } from "./table-action-result";

export function RotateTokenButton({ tableNumber, action }: { tableNumber: string; action: () => Promise<TableActionState> }) {
  const t = useTranslations("kitchen.tables");
  const [state, submit, pending] = useActionState(action, { error: null, done: null });
  return (
    <form
      action={submit}
      className="menu-admin-no-print"
      onSubmit={(e) => {
        if (!window.confirm(t("confirmNewLink", { table: tableNumber }))) e.preventDefault();
      }}
    >
      <button type="submit" className="button button-quiet button-small" disabled={pending}>
        {t("newLink")}
      </button>
      <TableActionResult state={state} doneClassName="small" />
    </form>
  );
}
