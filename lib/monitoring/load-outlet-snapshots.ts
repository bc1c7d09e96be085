// Everything the rules need to know about a batch of outlets at one instant, in a fixed
// number of queries however large the batch: declared status and opening hours (through
// the same orderability code browsing and checkout use), the menu's stock, recent orders,
// the kitchen heartbeat, and each listing's observed state and recent changes.
import { prisma } from "@/lib/db/client";
import { loadOrderability } from "@/lib/catalog/load-orderability";
import { effectiveStatus, type Orderability } from "@/lib/catalog/outlet-orderability";
import type { ChannelKind, ListingState, OrderChannel, OrderStatus, OutletStatus } from "@/lib/generated/prisma/enums";
import { ACCEPT_TIMEOUT_MS, FLAP_WINDOW_MS, SOFT_OFFLINE_WINDOW_MS } from "@/lib/monitoring/rules";

export interface ListingSnapshot {
  id: string;
  channelCode: string;
  channelKind: ChannelKind;
  observedState: ListingState;
  observedAt: Date | null;
  orderableItemIds: string[];
  version: number;
  /** State changes (bands started) within the flapping window. */
  recentChanges: number;
}

export interface OutletSnapshot {
  id: string;
  chainId: string | null;
  name: string;
  /** What staff declared, with an expired pause already resumed. */
  status: OutletStatus;
  statusReason: string | null;
  orderability: Orderability;
  /** The opening hours say open now (whatever staff declared). */
  hoursOpen: boolean;
  lastHeartbeatAt: Date | null;
  /** No item can be ordered (all sold out, 86'd or none at all). */
  menuEmpty: boolean;
  soldOutItemIds: Set<string>;
  /** Orders of the recent window that were rejected or waited too long for the kitchen. */
  failedOrders: number;
  /** The latest order the kitchen answered (or let time out) failed. */
  latestOrderFailed: boolean;
  listings: ListingSnapshot[];
}

interface OutletRow {
  id: string;
  chainId: string | null;
  name: string;
  timeZone: string;
  declaredStatus: OutletStatus;
  statusUntil: Date | null;
  statusReason: string | null;
  avgPrepMinutes: number;
  busyExtraMinutes: number;
  lastHeartbeatAt: Date | null;
  /** observedAt arrives as a JSON string. */
  listings: (Omit<ListingSnapshot, "observedAt" | "recentChanges"> & { observedAt: string | null })[];
}

const ACCEPTED: OrderStatus[] = ["ACCEPTED", "PREPARING", "READY", "PICKED_UP", "DELIVERED"];

/** Whether an order the kitchen had to answer failed: rejected, or waiting past the timeout; null while still fresh. */
function orderOutcome(order: { status: OrderStatus; channel: OrderChannel; placedAt: Date }, now: Date): boolean | null {
  if (order.status === "REJECTED") return true;
  if (ACCEPTED.includes(order.status)) return false;
  // Web orders wait for the kitchen once paid; table orders as soon as they are placed.
  const waiting = order.status === "PAID" || (order.status === "PLACED" && order.channel === "TABLE");
  if (waiting && now.getTime() - order.placedAt.getTime() > ACCEPT_TIMEOUT_MS) return true;
  return null;
}

export async function loadOutletSnapshots(restaurantIds: readonly string[], now: Date): Promise<OutletSnapshot[]> {
  if (restaurantIds.length === 0) return [];
  const ids = [...restaurantIds];
  // Listings folded into JSON by PostgreSQL: one row per outlet, no per-row object mapping.
  const outlets = await prisma.$queryRaw<OutletRow[]>`
    SELECT r.id, r.chain_id AS "chainId", r.name, r.time_zone AS "timeZone", r.declared_status::text AS "declaredStatus",
           r.status_until AS "statusUntil", r.status_reason AS "statusReason", r.avg_prep_minutes AS "avgPrepMinutes",
           r.busy_extra_minutes AS "busyExtraMinutes", r.last_heartbeat_at AS "lastHeartbeatAt",
           COALESCE(json_agg(json_build_object(
             'id', l.id, 'channelCode', c.code, 'channelKind', c.kind, 'observedState', l.observed_state,
             'observedAt', l.observed_at, 'orderableItemIds', COALESCE(l.orderable_item_ids, '{}'), 'version', l.version))
             FILTER (WHERE l.id IS NOT NULL), '[]') AS listings
    FROM restaurants r LEFT JOIN listings l ON l.restaurant_id = r.id LEFT JOIN sales_channels c ON c.id = l.channel_id
    WHERE r.id = ANY(${ids}::uuid[])
    GROUP BY r.id`;
  const since = new Date(now.getTime() - FLAP_WINDOW_MS);
  const [orderability, stock, orders, changes] = await Promise.all([
    loadOrderability(outlets, now),
    prisma.$queryRaw<{ restaurant_id: string; orderable: number; sold_out: string[] | null }[]>`
      SELECT f.restaurant_id,
             count(*) FILTER (WHERE f.in_stock AND (i.quantity IS NULL OR i.quantity > 0))::int AS orderable,
             array_agg(f.id) FILTER (WHERE NOT f.in_stock OR i.quantity = 0) AS sold_out
      FROM food_items f LEFT JOIN inventory i ON i.item_id = f.id
      WHERE f.restaurant_id = ANY(${ids}::uuid[]) AND f.archived_at IS NULL
      GROUP BY f.restaurant_id`,
    prisma.order.findMany({
      where: { restaurantId: { in: ids }, placedAt: { gt: new Date(now.getTime() - SOFT_OFFLINE_WINDOW_MS) } },
      select: { restaurantId: true, status: true, channel: true, placedAt: true },
      orderBy: { placedAt: "desc" },
    }),
    prisma.$queryRaw<{ listing_id: string; changes: number }[]>`
      SELECT s.listing_id, count(*)::int AS changes
      FROM listing_state_spans s JOIN listings l ON l.id = s.listing_id
      WHERE l.restaurant_id = ANY(${ids}::uuid[]) AND s.started_at > ${since}
      GROUP BY s.listing_id`,
  ]);
  const stockOf = new Map(stock.map((s) => [s.restaurant_id, s]));
  const changesOf = new Map(changes.map((c) => [c.listing_id, c.changes]));
  const ordersOf = new Map<string, (boolean | null)[]>();
  for (const order of orders) {
    const list = ordersOf.get(order.restaurantId) ?? [];
    list.push(orderOutcome(order, now));
    ordersOf.set(order.restaurantId, list);
  }

  return outlets.map((o) => {
    const outcomes = (ordersOf.get(o.id) ?? []).filter((x): x is boolean => x !== null);
    const orderabilityNow = orderability.get(o.id)!;
    return {
      id: o.id,
      chainId: o.chainId,
      name: o.name,
      status: effectiveStatus(o, now),
      statusReason: o.statusReason,
      orderability: orderabilityNow,
      // closesAt is set exactly when the hours say open, whatever staff declared.
      hoursOpen: orderabilityNow.closesAt !== null,
      lastHeartbeatAt: o.lastHeartbeatAt,
      menuEmpty: (stockOf.get(o.id)?.orderable ?? 0) === 0,
      soldOutItemIds: new Set(stockOf.get(o.id)?.sold_out ?? []),
      failedOrders: outcomes.filter(Boolean).length,
      latestOrderFailed: outcomes[0] === true,
      listings: o.listings.map((l) => ({
        ...l,
        observedAt: l.observedAt ? new Date(l.observedAt) : null,
        recentChanges: changesOf.get(l.id) ?? 0,
      })),
    };
  });
}
