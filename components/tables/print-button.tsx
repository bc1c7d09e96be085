"use client";
import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("kitchen.tables");
  return (
    <button type="button" className="button menu-admin-no-print" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
