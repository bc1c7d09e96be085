// What the kitchen screen's live region says about orders that just arrived: once per arrival
// batch (the text changes only when the set of fresh tickets does), so a cook with a screen
// reader hears "New order: table T4, 3 items" without looking.
import type { KitchenOrder } from "@/lib/kitchen/kitchen-order";

const who = (o: KitchenOrder) => (o.tableNumber ? `table ${o.tableNumber}` : o.customerName ? `for ${o.customerName}` : `#${o.id.slice(0, 8)}`);
const items = (o: KitchenOrder) => {
  const count = o.items.reduce((sum, i) => sum + i.quantity, 0);
  return `${count} ${count === 1 ? "item" : "items"}`;
};

export function newOrderAnnouncement(fresh: readonly KitchenOrder[]): string {
  if (fresh.length === 0) return "";
  const list = fresh.map((o) => `${who(o)}, ${items(o)}`).join("; ");
  return fresh.length === 1 ? `New order: ${list}` : `${fresh.length} new orders: ${list}`;
}
