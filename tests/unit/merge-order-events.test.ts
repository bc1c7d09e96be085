import { describe, expect, it } from "vitest";
import type { OrderEventMessage } from "@/lib/realtime/events";
import { highestSeq, mergeOrderEvents } from "@/lib/realtime/merge-order-events";

const event = (seq: string): OrderEventMessage => ({
  seq,
  txid: "1",
  orderId: "o",
  restaurantId: "r",
  type: "order.accepted",
  fromStatus: null,
  toStatus: null,
  actorRole: "SYSTEM",
  payload: {},
  createdAt: "2025-01-01T00:00:00.000Z",
});

describe("merging order events on the client", () => {
  it("dedupes by seq and orders by numeric seq, not text", () => {
    const merged = mergeOrderEvents([event("9"), event("11")], [event("10"), event("100"), event("9"), event("10")]);
    expect(merged.map((e) => e.seq)).toEqual(["9", "10", "11", "100"]);
  });

  it("returns the same array when nothing is new", () => {
    const known = [event("1"), event("2")];
    expect(mergeOrderEvents(known, [event("2")])).toBe(known);
  });

  it("finds the highest seq beyond Number's precision", () => {
    expect(highestSeq([event("9007199254740993"), event("5")])).toBe(9007199254740993n);
    expect(highestSeq([], 7n)).toBe(7n);
  });
});
