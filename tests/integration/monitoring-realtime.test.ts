// Live monitoring through the real realtime server (the live event log → the chain's
// monitoring room): a chain admin following their chain sees listing changes, incidents and
// the outlet's declared status as they happen, catches up from the cursor its snapshot was
// read at (so nothing committed between the page's render and the socket's join, or while
// disconnected, is lost), and an admin of another chain may not follow it and hears nothing.
import { afterAll, describe, expect, it } from "vitest";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { getChainOutletStatus } from "@/lib/monitoring/get-chain-outlet-status";
import type { LiveEventMessage } from "@/lib/events/live-event-types";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { monitoredOutlet, testClock } from "../support/monitoring";

const WAIT = { timeout: 5000 };
let server: RealtimeServer;
const sockets: Client[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server?.close();
});

type Actor = Parameters<typeof socketFor>[1];

/** A dashboard's socket: the events it hears live, and the catch-up of its subscribe. */
async function follow(actor: Actor, chainId: string, cursor: string) {
  const socket = await socketFor(server.port, actor);
  sockets.push(socket);
  await connectSocket(socket);
  const live: LiveEventMessage[] = [];
  socket.on("monitoring:event", (event) => live.push(event));
  const ack = await socket.emitWithAck("monitoring:subscribe", { chainId, cursor });
  return { socket, ack, live };
}

const ofType = <T extends LiveEventMessage["type"]>(events: LiveEventMessage[], type: T) =>
  events.filter((e): e is Extract<LiveEventMessage, { type: T }> => e.type === type);

describe("monitoring realtime", () => {
  it("sends listing changes, incidents and declared statuses to the chain's monitoring room only", async () => {
    server = await startTestRealtimeServer({ instance: "monitoring-test" });
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const other = await monitoredOutlet({ codes: ["swifteats"] });
    const { cursor } = await getChainOutletStatus(outlet.admin, outlet.chainId);
    const mine = await follow(outlet.admin, outlet.chainId, cursor);
    expect(mine.ack).toMatchObject({ ok: true, events: [], resync: false });
    const intruder = await follow(other.admin, outlet.chainId, cursor);
    expect(intruder.ack).toMatchObject({ ok: false, code: "not_found" });

    const clock = testClock();
    await evaluateOutlets([outlet.restaurant.id], clock.at(0));
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "Oven broken" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(1));
    await evaluateOutlets([outlet.restaurant.id], clock.at(302));
    await expect.poll(() => ofType(mine.live, "monitoring.incident").map((e) => e.data.state), WAIT).toEqual(["OPEN"]);
    expect(ofType(mine.live, "monitoring.incident")[0]!.data).toMatchObject({ restaurantId: outlet.restaurant.id, rule: "offline_while_open", severity: "HIGH", channelCode: null });
    const listings = ofType(mine.live, "monitoring.listing").map((e) => e.data);
    expect(listings.map((l) => l.state)).toEqual(["ONLINE", "PAUSED"]);
    expect(listings[1]).toMatchObject({ channelCode: "swifteats", restaurantId: outlet.restaurant.id, since: clock.at(1).toISOString(), version: listings[0]!.version + 1 });
    expect(ofType(mine.live, "outlet.status").map((e) => e.data)).toEqual([
      expect.objectContaining({ restaurantId: outlet.restaurant.id, declaredStatus: "PAUSED", statusReason: "Oven broken" }),
    ]);

    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(400));
    await expect.poll(() => ofType(mine.live, "monitoring.incident").map((e) => e.data.state), WAIT).toEqual(["OPEN", "RESOLVED"]);
    // One room, in commit order: seqs only go up.
    const seqs = mine.live.map((e) => BigInt(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect(intruder.live).toEqual([]);
  });

  it("a declared status that monitoring never sees change (pause, open, pause before an evaluation) still reaches the dashboard", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const clock = testClock();
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "first" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(0));
    const { cursor } = await getChainOutletStatus(outlet.admin, outlet.chainId);
    const dashboard = await follow(outlet.admin, outlet.chainId, cursor);

    // Reopened and paused again before the worker looked: the observed state stays PAUSED,
    // so no listing event comes; the declared status events must.
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "second" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(1));
    await expect.poll(() => ofType(dashboard.live, "outlet.status").map((e) => e.data.declaredStatus), WAIT).toEqual(["OPEN", "PAUSED"]);
    expect(ofType(dashboard.live, "monitoring.listing")).toEqual([]);
  });

  it("catches up on what was committed between the snapshot read and the socket's join, and while disconnected", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    // The page reads its snapshot; staff pause before its socket has joined.
    const snapshot = await getChainOutletStatus(outlet.admin, outlet.chainId);
    expect(snapshot.outlets[0]!.declaredStatus).toBe("OPEN");
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "between render and join" });

    const first = await follow(outlet.admin, outlet.chainId, snapshot.cursor);
    if (!first.ack.ok) throw new Error(first.ack.error);
    expect(ofType(first.ack.events, "outlet.status").map((e) => e.data)).toEqual([
      expect.objectContaining({ declaredStatus: "PAUSED", statusReason: "between render and join", version: snapshot.outlets[0]!.version + 1 }),
    ]);

    // Offline for a while: the next subscribe resumes from the cursor of the last one.
    first.socket.disconnect();
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });
    const again = await follow(outlet.admin, outlet.chainId, first.ack.cursor);
    if (!again.ack.ok) throw new Error(again.ack.error);
    const statuses = ofType(again.ack.events, "outlet.status").map((e) => e.data.declaredStatus);
    expect(statuses.at(-1)).toBe("OPEN");
    expect(again.ack.resync).toBe(false);
  });

  it("refuses a malformed subscribe with a reason", async () => {
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const socket = await socketFor(server.port, outlet.admin);
    sockets.push(socket);
    await connectSocket(socket);
    const ack = await socket.emitWithAck("monitoring:subscribe", { chainId: outlet.chainId, cursor: "-1" });
    expect(ack).toMatchObject({ ok: false, code: "invalid_request" });
  });
});
