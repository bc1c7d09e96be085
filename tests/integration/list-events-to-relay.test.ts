// The relay leader's read of the order event log (lib/realtime/list-events-to-relay.ts, plain
// SQL on its hot path) against real PostgreSQL: the same messages a catch-up (Prisma) gives,
// the rooms each event goes to, the window bounds and the seqs read again.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { appendOrderEvent } from "@/lib/orders/append-order-event";
import { placeOrder } from "@/lib/orders/place-order";
import { listEventsAfter } from "@/lib/realtime/list-events-after";
import { listEventsToRelay } from "@/lib/realtime/list-events-to-relay";
import { chainRoom, orderRoom, restaurantRoom } from "@/lib/realtime/events";
import { createChain, createCustomers, createItem, createOpenRestaurant } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

async function orderWithEvents(notes: number) {
  const chain = await createChain(`Relay ${randomUUID()}`);
  const restaurant = await createOpenRestaurant({ chainId: chain.id });
  const item = await createItem(restaurant.id);
  const [customer] = await createCustomers(1);
  const input = { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery: { address: "Dam 1", lat: 52.37, lng: 4.89 }, cardNumber: TEST_CARDS.success };
  const { order } = await placeOrder(customer!, input, `key-${randomUUID()}`, createTestProvider().provider);
  for (let i = 0; i < notes; i++) {
    await prisma.$transaction((tx) => appendOrderEvent(tx, { orderId: order.id, restaurantId: restaurant.id, type: "test.note", actor: { id: null, role: "SYSTEM" }, payload: { i, nested: { ok: true } } }));
  }
  return { chain, restaurant, order };
}

describe("listEventsToRelay", () => {
  it("gives each event as a catch-up does, with its order, restaurant and chain rooms", async () => {
    const { chain, restaurant, order } = await orderWithEvents(3);
    const { events: caughtUp } = await listEventsAfter({ kind: "order", id: order.id }, { afterSeq: 0n });
    const start = BigInt(caughtUp[0]!.seq) - 1n;
    const relayed = (await listEventsToRelay(start, [], 500)).filter((r) => r.event.orderId === order.id);
    expect(relayed.map((r) => r.event)).toEqual(caughtUp);
    expect(relayed.map((r) => r.seq)).toEqual(caughtUp.map((e) => BigInt(e.seq)));
    for (const r of relayed) expect(r.rooms).toEqual([orderRoom(order.id), restaurantRoom(restaurant.id), chainRoom(chain.id)]);
  });

  it("reads after the cursor up to the bound, plus the seqs asked for again, oldest first", async () => {
    const { order } = await orderWithEvents(5);
    const { events } = await listEventsAfter({ kind: "order", id: order.id }, { afterSeq: 0n });
    const seqs = events.map((e) => BigInt(e.seq));
    const mine = (rows: Awaited<ReturnType<typeof listEventsToRelay>>) => rows.map((r) => r.seq).filter((s) => seqs.includes(s));
    expect(mine(await listEventsToRelay(seqs[2]!, [], 500, seqs[4]!))).toEqual([seqs[3], seqs[4]]);
    expect(mine(await listEventsToRelay(seqs[4]!, [seqs[0]!, seqs[2]!], 500))).toEqual([seqs[0], seqs[2], ...seqs.slice(5)]);
    expect(await listEventsToRelay(seqs.at(-1)! + 1_000_000n, [], 500)).toEqual([]);
    expect(mine(await listEventsToRelay(seqs[0]! - 1n, [], 2))).toEqual(seqs.slice(0, 2));
  });
});
