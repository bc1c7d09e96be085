// Every menu and availability change passes through here inside its own transaction: the menu
// version moves (table tablets send it back with their orders, and a stale one is refused)
// and the realtime server hears of it. NOTIFY is delivered only when the transaction commits,
// so a change that rolls back announces nothing.
import type { Tx } from "@/lib/db/client";

export const MENU_CHANGES_CHANNEL = "menu_changes";

/** The NOTIFY payload (JSON), read by server/realtime/menu-change-relay.ts. */
export interface MenuChangeNotice {
  restaurantId: string;
  menuVersion: number;
}

/** Tells the realtime server, on commit, that the outlet's menu is now at `menuVersion`. */
export async function announceMenuVersion(tx: Tx, notice: MenuChangeNotice): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${MENU_CHANGES_CHANNEL}, ${JSON.stringify(notice)})`;
}

/** Moves the outlet's menu version on and announces it; returns the new version. */
export async function bumpMenuVersion(tx: Tx, restaurantId: string): Promise<number> {
  const { menuVersion } = await tx.restaurant.update({
    where: { id: restaurantId },
    data: { menuVersion: { increment: 1 } },
    select: { menuVersion: true },
  });
  await announceMenuVersion(tx, { restaurantId, menuVersion });
  return menuVersion;
}
