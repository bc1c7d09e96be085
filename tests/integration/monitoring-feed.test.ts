// Partner feed polling against the simulated partner feed (server/partner-feed), in process:
// a well-behaved feed mirrors the outlet, per-outlet faults show up as observations, a feed
// that fails or is too slow makes its listings UNKNOWN without throwing, and a retried poll
// records nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { pollPartnerFeed } from "@/lib/monitoring/poll-partner-feed";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { startPartnerFeed, type PartnerFeedServer } from "@/server/partner-feed/create-partner-feed";
import { monitoredOutlet, openIncidents, testClock } from "../support/monitoring";

let feed: PartnerFeedServer;
beforeAll(async () => {
  feed = await startPartnerFeed();
});
afterAll(() => feed.close());

/** Points the ubereats-sim channel at the in-process feed. */
async function uberChannel() {
  await monitoredOutlet({ codes: [] }); // makes sure the channels exist
  return prisma.salesChannel.update({ where: { code: "ubereats-sim" }, data: { feedUrl: `${feed.url}/feeds/ubereats-sim` } });
}

const stateOf = async (listingId: string) => (await prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).observedState;

describe("partner feed polling", () => {
  it("mirrors the outlet, shows per-outlet faults, and a failing feed leaves listings UNKNOWN", async () => {
    const channel = await uberChannel();
    const outlet = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const uber = outlet.listings["ubereats-sim"]!;
    let poll = 0;
    const pollNow = () => pollPartnerFeed(channel.id, `poll-${++poll}`);

    await pollNow();
    expect(await stateOf(uber.id)).toBe("ONLINE");
    expect((await prisma.listing.findUniqueOrThrow({ where: { id: uber.id } })).orderableItemIds).toEqual([outlet.item.id]);

    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "Rush" });
    await pollNow();
    expect(await stateOf(uber.id)).toBe("PAUSED");
    await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "OPEN" });

    feed.setOutletFault(outlet.restaurant.id, "offline", "ubereats-sim");
    await pollNow();
    expect(await stateOf(uber.id)).toBe("OFFLINE");
    feed.clearFaults();
    feed.setOutletFault(outlet.restaurant.id, "error"); // every channel
    await pollNow();
    expect(await stateOf(uber.id)).toBe("UNKNOWN");
    feed.clearFaults();

    feed.setChannelFault("ubereats-sim", { status: 500 });
    expect(await pollNow()).toMatchObject({ error: "feed answered 500" });
    expect(await stateOf(uber.id)).toBe("UNKNOWN");
    feed.clearFaults();
    await pollNow();
    expect(await stateOf(uber.id)).toBe("ONLINE");
  });

  it("a partner stuck offline during opening hours becomes an incident, fixed when the fault clears", async () => {
    const channel = await uberChannel();
    const outlet = await monitoredOutlet({ codes: ["swifteats", "ubereats-sim"] });
    const clock = testClock();
    feed.setOutletFault(outlet.restaurant.id, "offline");
    await pollPartnerFeed(channel.id, "stuck-1", clock.at(0));
    await evaluateOutlets([outlet.restaurant.id], clock.at(0));
    await evaluateOutlets([outlet.restaurant.id], clock.at(301));
    expect((await openIncidents(outlet.restaurant.id)).map((i) => i.rule)).toEqual(["offline_while_open"]);
    feed.clearFaults();
    await pollPartnerFeed(channel.id, "stuck-2", clock.at(320));
    await evaluateOutlets([outlet.restaurant.id], clock.at(320));
    expect(await openIncidents(outlet.restaurant.id)).toHaveLength(0);
  });

  it("a retried poll records nothing twice", async () => {
    const channel = await uberChannel();
    const outlet = await monitoredOutlet({ codes: ["ubereats-sim"] });
    const uber = outlet.listings["ubereats-sim"]!;
    await Promise.all([pollPartnerFeed(channel.id, "job-1"), pollPartnerFeed(channel.id, "job-1")]);
    expect(await prisma.listingObservation.count({ where: { listingId: uber.id } })).toBe(1);
  });
});
