// What the kitchen screen's live region says about orders that just arrived: once per arrival
// batch (the text changes only when the set of fresh tickets does), so a cook with a screen
// reader hears "New order: table T4, 3 items" without looking.
import type { useTranslations } from "next-intl";
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";

/** The screen's translator for kitchen.announcement (a parameter: this stays a plain function). */
export type AnnouncementText = ReturnType<typeof useTranslations<"kitchen.announcement">>;

function describe(o: KitchenOrder, t: AnnouncementText): string {
  const count = o.items.reduce((sum, i) => sum + i.quantity, 0);
  if (o.tableNumber) return t("forTable", { table: o.tableNumber, count });
  if (o.customerName) return t("forCustomer", { name: o.customerName, count });
  return t("forOrder", { id: o.id.slice(0, 8), count });
}

export function newOrderAnnouncement(fresh: readonly KitchenOrder[], t: AnnouncementText): string {
  if (fresh.length === 0) return "";
  const list = fresh.map((o) => describe(o, t)).join("; ");
  return fresh.length === 1 ? t("one", { order: list }) : t("many", { count: fresh.length, list });
}
