// The public namespace's events, shared by server/realtime and the browser. Anyone may
// connect to it (signed-out customers, table tablets): it only ever says "this outlet's
// menu changed, it is now at version n", never what changed or who changed it.
export const PUBLIC_NAMESPACE = "/public";

export interface MenuChangedMessage {
  restaurantId: string;
  menuVersion: number;
}

type Refusal = { ok: false; error: string; code: string };

/** Answer to a follow: the menu version now, so a page rendered earlier knows if it is stale. */
export type MenuFollowAck = { ok: true; menuVersion: number } | Refusal;

export interface PublicServerToClientEvents {
  /** The outlet's menu or availability changed (a followed outlet only). */
  "menu:changed": (message: MenuChangedMessage) => void;
}

export interface PublicClientToServerEvents {
  "menu:follow": (input: { restaurantId: string }, ack: (result: MenuFollowAck) => void) => void;
  "menu:unfollow": (input: { restaurantId: string }) => void;
}

export const menuRoom = (restaurantId: string) => `menu:${restaurantId}`;
