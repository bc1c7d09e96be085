import { describe, expect, it } from "vitest";
import { boardColumnOf } from "@/lib/kitchen/kitchen-board";
import { isQueueBehind } from "@/lib/kitchen/is-queue-behind";
import { formatDuration, ticketTimer } from "@/lib/kitchen/ticket-timer";
import type { OrderEventMessage } from "@/lib/realtime/events";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

const T0 = Date.parse("2030-01-01T12:00:00Z");
const at = (ms: number) => new Date(T0 + ms).toISOString();
const MIN = 60_000;

describe("ticket timer", () => {
  const order = (status: OrderStatus, extra: { readyAt?: string; prepMinutes?: number } = {}) => ({
    status,
    placedAt: at(0),
    updatedAt: at(0),
    readyAt: extra.readyAt ?? null,
    prepMinutes: extra.prepMinutes ?? null,
  });

  it("counts how long a new order has waited for a decision: amber after 2 min, red after 5", () => {
    expect(ticketTimer(order("PAID"), T0 + 65_000)).toEqual({ phase: "waiting", duration: "1:05", urgency: "ok" });
    expect(ticketTimer(order("PLACED"), T0 + 2 * MIN)).toMatchObject({ urgency: "warn" });
    expect(ticketTimer(order("PAID"), T0 + 5 * MIN)).toMatchObject({ urgency: "late" });
  });

  it("counts down to the promised time: amber in its last 20%, red past it", () => {
    const cooking = order("PREPARING", { readyAt: at(10 * MIN), prepMinutes: 10 });
    expect(ticketTimer(cooking, T0 + 3 * MIN)).toEqual({ phase: "left", duration: "7:00", urgency: "ok" });
    expect(ticketTimer(cooking, T0 + 8 * MIN)).toEqual({ phase: "left", duration: "2:00", urgency: "warn" });
    expect(ticketTimer(cooking, T0 + 11 * MIN + 5_000)).toEqual({ phase: "late", duration: "1:05", urgency: "late" });
    expect(ticketTimer(order("ACCEPTED", { readyAt: at(15 * MIN), prepMinutes: 15 }), T0)).toMatchObject({ urgency: "ok" });
  });

  it("shows how long a ready order has been waiting", () => {
    expect(ticketTimer(order("READY"), T0 + 90_000)).toEqual({ phase: "ready", duration: "1:30", urgency: "ok" });
    expect(formatDuration(63 * MIN + 10_000)).toBe("63:10");
  });
});

describe("kitchen board", () => {
  it("puts each active status in its column, and finished ones in none", () => {
    expect(["PLACED", "PAID", "ACCEPTED", "PREPARING", "READY", "DELIVERED", "REJECTED"].map((s) => boardColumnOf(s as OrderStatus))).toEqual([
      "new",
      "new",
      "accepted",
      "preparing",
      "ready",
      null,
      null,
    ]);
  });
});

describe("is the queue behind its live events?", () => {
  /** An event of a transaction below the queue's horizon unless `txid` says otherwise. */
  const event = (seq: number, orderId: string, toStatus: OrderStatus | null, txid = 100): OrderEventMessage => ({
    seq: String(seq),
    txid: String(txid),
    orderId,
    restaurantId: "r",
    type: toStatus ? `order.${toStatus.toLowerCase()}` : "order.note",
    fromStatus: null,
    toStatus,
    actorRole: "SYSTEM",
    payload: {},
    createdAt: at(0),
  });
  const queue = { cursor: "10", horizon: "500", orders: [{ id: "a", status: "PAID" as const }] };

  it("is behind when an order it does not know, or a new status, arrives after its cursor", () => {
    expect(isQueueBehind(queue, [event(11, "b", "PAID")])).toBe(true);
    expect(isQueueBehind(queue, [event(11, "a", "ACCEPTED")])).toBe(true);
  });

  it("is not behind for what it already has, events at or below its cursor, or events without a status", () => {
    expect(isQueueBehind(queue, [])).toBe(false);
    expect(isQueueBehind(queue, [event(9, "b", "PAID"), event(10, "a", "ACCEPTED")])).toBe(false);
    expect(isQueueBehind(queue, [event(11, "a", "PAID"), event(12, "a", null)])).toBe(false);
    // Only an order's latest event counts: PLACED then PAID, and the queue already shows PAID.
    expect(isQueueBehind(queue, [event(11, "a", "PLACED"), event(12, "a", "PAID")])).toBe(false);
  });

  it("is behind for an event at or below its cursor whose transaction was still running when it was read", () => {
    // Seq 9 was taken before seq 10 but committed after the queue was read: not in it.
    expect(isQueueBehind(queue, [event(9, "b", "PAID", 500)])).toBe(true);
    expect(isQueueBehind(queue, [event(9, "b", "PAID", 499)])).toBe(false);
    expect(isQueueBehind(queue, [event(9, "a", "PAID", 700)])).toBe(false);
  });
});
