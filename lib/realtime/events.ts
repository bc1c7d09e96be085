// Socket event names and payloads, shared by server/realtime and the browser.
import type { OrderStatus, Role } from "@/lib/generated/prisma/enums";
import type { LiveEventMessage } from "@/lib/events/live-event-types";
import type { ChainFeedInput, MonitoringFeedInput, DriverLocationInput, KitchenHeartbeatInput, OrderFeedInput, RestaurantFeedInput } from "@/lib/realtime/schemas";
import type { Job, Offer } from "@/lib/dispatch/views";

/**
 * One entry of an order's timeline (the `order_events` log). `seq` is the log's bigint
 * cursor in decimal (JSON has no bigint): compare with BigInt(seq), never as numbers.
 */
export interface OrderEventMessage {
  seq: string;
  orderId: string;
  restaurantId: string;
  /** e.g. "order.placed", "order.accepted". */
  type: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  /** A role, or "SYSTEM" / "TABLE" for the platform and table tablets. */
  actorRole: string;
  payload: unknown;
  /** ISO 8601. */
  createdAt: string;
  /**
   * The writing transaction (decimal): a snapshot read at horizon h reflects this event when
   * txid < h (lib/events/transaction-horizon.ts), whatever its seq.
   */
  txid: string;
}

export type Refusal = { ok: false; error: string; code: string; requestId?: string };

/**
 * Answer to a subscribe: the events after `afterSeq`, and those of transactions at or above
 * `horizon` if one was sent (committed after the snapshot the cursor came from, whatever their
 * seq), oldest first: the catch-up. When `hasMore`, subscribe again with the last one's seq to
 * get the next page. `horizon`: the one to send next time.
 */
export type SubscribeAck = { ok: true; events: OrderEventMessage[]; hasMore: boolean; horizon: string } | Refusal;
/**
 * Answer to a monitoring subscribe: the chain's live events since the cursor, oldest first,
 * and the cursor to resume from next time. `resync`: more was missed than a catch-up carries;
 * read the snapshot again instead (and resume from this cursor).
 */
export type MonitoringSubscribeAck = { ok: true; events: LiveEventMessage[]; cursor: string; resync: boolean } | Refusal;
export type UnsubscribeAck = { ok: true } | Refusal;
/** `recorded`: false when another beat of the outlet was written moments ago (throttled). */
export type KitchenHeartbeatAck = { ok: true; recorded: boolean } | Refusal;
/**
 * `accepted`: false when the point was dropped, with why: "rate_limited" (more than one point
 * per 3 s, not an error) or an anomaly ("out_of_range", "future_timestamp", "stale_timestamp",
 * "impossible_speed").
 */
export type DriverLocationAck = { ok: true; accepted: boolean; reason?: string } | Refusal;

/** The driver of an order, as its customer sees it once the order is picked up. */
export interface DriverPositionMessage {
  orderId: string;
  lat: number;
  lng: number;
  /** Degrees clockwise from north, when the device knows it. */
  heading?: number;
  /** ISO 8601: when the device took the fix. */
  recordedAt: string;
}

export interface OrderEtaMessage {
  orderId: string;
  /** ISO 8601, or null when the order has no ETA any more. */
  etaAt: string | null;
  /** ISO 8601: when the server made the estimate (the newest one wins on the page). */
  computedAt: string;
}

export interface ServerToClientEvents {
  /** Sent once after the handshake: who the server thinks you are. */
  welcome: (payload: { userId: string; role: Role; serverTime: string }) => void;
  /** A new event of an order in a room this socket subscribed to (may repeat one from a catch-up). */
  "order:event": (event: OrderEventMessage) => void;
  /** Where the driver of your order is (customers only, from pickup until delivery). */
  "driver:position": (position: DriverPositionMessage) => void;
  /** The order's new estimated delivery time (its customer; on status changes and driver moves > 100 m). */
  "order:eta": (payload: OrderEtaMessage) => void;
  /** A delivery offered to this driver: accept before `expiresAt` (drivers only). */
  "offer:new": (offer: Offer) => void;
  /** The offer is gone: timed out, or the order was cancelled or taken (drivers only). */
  "offer:withdrawn": (payload: { offerId: string }) => void;
  /** The driver's job changed (e.g. the kitchen marked it ready). */
  "job:updated": (job: Job) => void;
  /**
   * A chain's monitoring room: an incident opened, was acknowledged, commented, escalated or
   * resolved; a listing's observed state changed; an outlet's declared status changed.
   */
  "monitoring:event": (event: LiveEventMessage) => void;
}

export interface ClientToServerEvents {
  ping: (ack: (payload: { serverTime: string }) => void) => void;
  /** Follow one order (its customer, its driver, its restaurant's staff, admins). */
  "order:subscribe": (input: OrderFeedInput, ack: (result: SubscribeAck) => void) => void;
  "order:unsubscribe": (input: Omit<OrderFeedInput, "afterSeq">, ack?: (result: UnsubscribeAck) => void) => void;
  /** Follow every order of a restaurant (kitchen screens: its staff, admins). */
  "restaurant:subscribe": (input: RestaurantFeedInput, ack: (result: SubscribeAck) => void) => void;
  "restaurant:unsubscribe": (input: Omit<RestaurantFeedInput, "afterSeq">, ack?: (result: UnsubscribeAck) => void) => void;
  /** Follow every order of a chain (its chain admins, platform admins). */
  "chain:subscribe": (input: ChainFeedInput, ack: (result: SubscribeAck) => void) => void;
  "chain:unsubscribe": (input: Omit<ChainFeedInput, "afterSeq">, ack?: (result: UnsubscribeAck) => void) => void;
  /** Follow a chain's monitoring (its chain admins, platform admins), catching up from `cursor`. */
  "monitoring:subscribe": (input: MonitoringFeedInput, ack: (result: MonitoringSubscribeAck) => void) => void;
  "monitoring:unsubscribe": (input: Omit<MonitoringFeedInput, "cursor">, ack?: (result: UnsubscribeAck) => void) => void;
  /** An open kitchen screen, every ~20 s: the outlet is staffed (its staff only). */
  "kitchen:heartbeat": (input: KitchenHeartbeatInput, ack: (result: KitchenHeartbeatAck) => void) => void;
  /** A driver's GPS point, every few seconds (drivers only; at most one per 3 s is kept). */
  "driver:location": (input: DriverLocationInput, ack: (result: DriverLocationAck) => void) => void;
}

/** Whose events a subscription follows. */
export interface EventScope {
  kind: "order" | "restaurant" | "chain";
  id: string;
}

export const userRoom = (userId: string) => `user:${userId}`;
/** Every socket of one driver: offers and job updates. */
export const driverRoom = (driverId: string) => `driver:${driverId}`;
export const orderRoom = (orderId: string) => `order:${orderId}`;
export const restaurantRoom = (restaurantId: string) => `restaurant:${restaurantId}`;
export const chainRoom = (chainId: string) => `chain:${chainId}`;
/** A chain's monitoring events (not its orders': a dashboard need not hear every order). */
export const monitoringRoom = (chainId: string) => `monitoring:${chainId}`;

const ROOM_OF = { order: orderRoom, restaurant: restaurantRoom, chain: chainRoom } as const;
export const scopeRoom = (scope: EventScope) => ROOM_OF[scope.kind](scope.id);
