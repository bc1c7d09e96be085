// Which orders a table tablet may ask about at once: shared by the read (lib/orders/list-table-orders.ts)
// and the tablet that remembers them (components/kiosk/use-table-orders.ts), so the two cannot drift.
import { z } from "zod";

/** A tablet follows the orders of one sitting: a handful, never a history. */
export const MAX_TABLE_ORDER_IDS = 10;

export const tableOrderIdsSchema = z.array(z.uuid()).min(1).max(MAX_TABLE_ORDER_IDS);
