// What dispatch does when delivery orders change status (the worker hears every order event
// and follows up a batch of orders at once): a new ETA for each customer, the drivers' job
// cards refreshed, offers withdrawn and the driver freed when an order ended undelivered.
// Says, per order, whether it now needs a driver. The estimates of the whole batch are one
// read and one write (lib/tracking/read-eta-orders.ts, storeEtas): if either fails, the
// batch fails and is retried; an ended order's release is its own transaction and fails alone.
import { prisma } from "@/lib/db/client";
import { estimateEta, storeEtas } from "@/lib/tracking/recompute-eta";
import { readEtaOrders } from "@/lib/tracking/read-eta-orders";
import type { DispatchEvent } from "@/lib/dispatch/dispatch-events";
import { releaseFinishedOrder, UNDELIVERED_END_STATUSES } from "@/lib/dispatch/release-finished-order";
import { DISPATCHABLE_STATUSES } from "@/lib/dispatch/dispatch-order";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export type FollowUpOutcome = PromiseSettledResult<{ needsDriver: boolean }>;

const isOneOf = (statuses: readonly OrderStatus[], status: OrderStatus) => statuses.includes(status);

/** Each of `orderIds` with its outcome (an order that does not exist or is not delivered: no driver needed). */
export async function followOrderChanges(orderIds: readonly string[], now = new Date()): Promise<Map<string, FollowUpOutcome>> {
  const outcomes = new Map<string, FollowUpOutcome>(orderIds.map((id) => [id, { status: "fulfilled", value: { needsDriver: false } }]));
  const orders = (await readEtaOrders([...outcomes.keys()])).filter((order) => order.channel !== "TABLE");
  const ended = orders.filter((order) => isOneOf(UNDELIVERED_END_STATUSES, order.status));
  const going = orders.filter((order) => !isOneOf(UNDELIVERED_END_STATUSES, order.status));

  const estimates = going.flatMap((order) => estimateEta(order, order.status.toLowerCase(), { now }) ?? []);
  const jobCards = going.flatMap((order): DispatchEvent[] => (order.driverId ? [{ type: "job:updated", driverId: order.driverId, orderId: order.id }] : []));
  await storeEtas(prisma, estimates, jobCards);
  for (const order of going) {
    outcomes.set(order.id, { status: "fulfilled", value: { needsDriver: !order.driverId && isOneOf(DISPATCHABLE_STATUSES, order.status) } });
  }

  const released = await Promise.allSettled(ended.map((order) => releaseFinishedOrder(order.id, now)));
  ended.forEach((order, i) => {
    const release = released[i]!;
    outcomes.set(order.id, release.status === "fulfilled" ? { status: "fulfilled", value: { needsDriver: false } } : release);
  });
  return outcomes;
}
