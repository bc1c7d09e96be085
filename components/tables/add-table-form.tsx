"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { TableActionState } from "@/app/kitchen/[restaurantId]/tables/actions";
import { TableActionResult } from "./table-action-result";

type Action = (previous: TableActionState, form: FormData) => Promise<TableActionState>;

export function AddTableForm({ action }: { action: Action }) {
  const t = useTranslations("kitchen.tables.add");
  const [state, submit, pending] = useActionState(action, { error: null, done: null });
  return (
    <form action={submit} className="card menu-admin-new-category menu-admin-no-print" aria-label={t("label")}>
      <label className="field">
        <span>{t("number")}</span>
        <input name="number" required maxLength={20} placeholder={t("numberPlaceholder")} />
      </label>
      <label className="field">
        <span>{t("seats")}</span>
        <input name="seats" type="number" min={1} max={30} defaultValue={4} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
      <TableActionResult state={state} doneClassName="form-success" />
    </form>
  );
}
