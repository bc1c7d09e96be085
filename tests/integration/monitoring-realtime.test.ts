// Live monitoring events through the real realtime server (NOTIFY monitoring_events → the
// chain's room): a chain admin following their chain sees listing changes and incidents as
// they open and resolve; an admin of another chain may not follow it and hears nothing.
import { afterAll, describe, expect, it } from "vitest";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import type { IncidentSummary } from "@/lib/monitoring/incident-summary";
import type { ListingStateMessage } from "@/lib/monitoring/announce";
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

async function follow(actor: Parameters<typeof socketFor>[1], chainId: string) {
  const socket = await socketFor(server.port, actor);
  sockets.push(socket);
  await connectSocket(socket);
  const incidents: IncidentSummary[] = [];
  const listings: ListingStateMessage[] = [];
  socket.on("monitoring:incident", (incident) => incidents.push(incident));
  socket.on("monitoring:listing", (change) => listings.push(change));
  const ack = await socket.emitWithAck("chain:subscribe", { chainId });
  return { ack, incidents, listings };
}

describe("monitoring realtime", () => {
  it("sends listing changes and incidents to the chain's room only", async () => {
    server = await startTestRealtimeServer({ instance: "monitoring-test" });
    const outlet = await monitoredOutlet({ codes: ["swifteats"] });
    const other = await monitoredOutlet({ codes: ["swifteats"] });
    const mine = await follow(outlet.admin, outlet.chainId);
    expect(mine.ack.ok).toBe(true);
    const intruder = await follow(other.admin, outlet.chainId);
    expect(intruder.ack.ok).toBe(false);

    const clock = testClock();
    await evaluateOutlets([outlet.restaurant.id], clock.at(0));
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "Oven broken" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(1));
    await evaluateOutlets([outlet.restaurant.id], clock.at(302));
    await expect.poll(() => mine.incidents.map((i) => i.state), WAIT).toEqual(["OPEN"]);
    expect(mine.incidents[0]).toMatchObject({ restaurantId: outlet.restaurant.id, rule: "offline_while_open", severity: "HIGH", channelCode: null });
    expect(mine.listings.map((l) => l.state)).toEqual(["ONLINE", "PAUSED"]);
    expect(mine.listings[1]).toMatchObject({ channelCode: "swifteats", restaurantId: outlet.restaurant.id, since: clock.at(1).toISOString() });

    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });
    await evaluateOutlets([outlet.restaurant.id], clock.at(400));
    await expect.poll(() => mine.incidents.map((i) => i.state), WAIT).toEqual(["OPEN", "RESOLVED"]);
    expect(intruder.incidents).toEqual([]);
    expect(intruder.listings).toEqual([]);
  });
});
