// The live event log's cursor is a transaction horizon: an event written by a transaction
// that was still open when a reader took its cursor is read next time, even though a later
// transaction's event (a higher seq) was already visible. A seq cursor would skip it for good.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { publishLiveEvent } from "@/lib/events/publish-live-event";
import { listLiveEventsSince } from "@/lib/events/read-live-events";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import { deleteOldLiveEvents, LIVE_EVENT_RETENTION_MS } from "@/lib/events/delete-old-live-events";
import type { ReadLiveEvent } from "@/lib/events/read-live-events";
import { monitoredOutlet } from "../support/monitoring";
import { holdTransactionOpen } from "../support/held-transaction";

/** The version an outlet.status event of this test carries. */
const versionOf = (event: ReadLiveEvent) => (event.type === "outlet.status" ? event.data.version : null);

const statusEvent = (restaurantId: string, version: number) =>
  ({
    type: "outlet.status",
    data: { restaurantId, declaredStatus: "PAUSED", statusReason: null, statusUntil: null, busyExtraMinutes: 0, version },
  }) as const;

describe("live events", () => {
  it("a transaction that commits after the cursor was taken is read from that cursor, whatever its seq", async () => {
    const { chainId, restaurant } = await monitoredOutlet({ codes: [] });
    const scope = { chainId, restaurantId: restaurant.id };
    const start = await readTransactionHorizon();

    // Takes the lower seq, then stays open.
    const slow = await holdTransactionOpen((tx) => publishLiveEvent(tx, scope, statusEvent(restaurant.id, 1)));
    await prisma.$transaction((tx) => publishLiveEvent(tx, scope, statusEvent(restaurant.id, 2)));

    const first = await listLiveEventsSince({ since: start, chainId, limit: 100 });
    expect(first.events.map(versionOf)).toEqual([2]);
    await slow.commit();

    const second = await listLiveEventsSince({ since: first.cursor, chainId, limit: 100 });
    expect(second.events.map(versionOf)).toContain(1);
    const [one, two] = [...first.events, ...second.events].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    expect(versionOf(one!)).toBe(1); // the lower seq, seen after the higher one
    expect(versionOf(two!)).toBe(2);
  });

  it("nothing is written when the writer's transaction rolls back", async () => {
    const { chainId, restaurant } = await monitoredOutlet({ codes: [] });
    const start = await readTransactionHorizon();
    await expect(
      prisma.$transaction(async (tx) => {
        await publishLiveEvent(tx, { chainId, restaurantId: restaurant.id }, statusEvent(restaurant.id, 1));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await listLiveEventsSince({ since: start, chainId, limit: 10 })).events).toEqual([]);
  });

  it("pages within one read, and keeps a day of events", async () => {
    const { chainId, restaurant } = await monitoredOutlet({ codes: [] });
    const start = await readTransactionHorizon();
    for (let version = 1; version <= 5; version++) await prisma.$transaction((tx) => publishLiveEvent(tx, { chainId, restaurantId: restaurant.id }, statusEvent(restaurant.id, version)));
    const page = await listLiveEventsSince({ since: start, chainId, limit: 3 });
    expect(page.hasMore).toBe(true);
    const rest = await listLiveEventsSince({ since: start, chainId, afterSeq: BigInt(page.events.at(-1)!.seq), limit: 3 });
    expect([...page.events, ...rest.events].map(versionOf)).toEqual([1, 2, 3, 4, 5]);

    await deleteOldLiveEvents(new Date(Date.now() + LIVE_EVENT_RETENTION_MS - 60_000));
    expect((await listLiveEventsSince({ since: start, chainId, limit: 10 })).events).toHaveLength(5);
    await deleteOldLiveEvents(new Date(Date.now() + LIVE_EVENT_RETENTION_MS + 60_000));
    expect((await listLiveEventsSince({ since: start, chainId, limit: 10 })).events).toEqual([]);
  });
});
