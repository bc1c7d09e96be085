// Monitoring fixtures: the four demo sales channels, a chain outlet listed on them, and a
// clock the tests move by hand (rules are evaluated at a given instant, never by waiting).
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { ChannelKind } from "@/lib/generated/prisma/enums";
import { setOutletStatus } from "@/lib/availability/set-outlet-status";
import { evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { createActor, createChain, createItem, createOpenRestaurant } from "./fixtures";

const CHANNELS: { code: string; kind: ChannelKind }[] = [
  { code: "swifteats", kind: "MARKETPLACE" },
  { code: "table", kind: "TABLE" },
  { code: "ubereats-sim", kind: "PARTNER" },
  { code: "deliveroo-sim", kind: "PARTNER" },
];

export const PARTNER_KEY = "test-partner-key-ubereats";

/** The channels, created once per test file's database; ubereats-sim accepts PARTNER_KEY. */
export async function ensureChannels() {
  for (const c of CHANNELS) {
    const apiKeyHash = c.code === "ubereats-sim" ? createHash("sha256").update(PARTNER_KEY).digest("hex") : null;
    await prisma.salesChannel.upsert({ where: { code: c.code }, update: {}, create: { ...c, name: c.code, apiKeyHash } });
  }
  return Object.fromEntries((await prisma.salesChannel.findMany()).map((c) => [c.code, c])) as Record<string, { id: string; code: string }>;
}

/** A chain outlet open around the clock with one item, listed on every channel, its staff and chain admin. */
export async function monitoredOutlet(opts: { chainId?: string; codes?: string[] } = {}) {
  const channels = await ensureChannels();
  const chainId = opts.chainId ?? (await createChain(`Chain ${randomUUID().slice(0, 6)}`)).id;
  const restaurant = await createOpenRestaurant({ chainId, name: `Outlet ${randomUUID().slice(0, 6)}` });
  const item = await createItem(restaurant.id);
  const codes = opts.codes ?? CHANNELS.map((c) => c.code);
  await prisma.listing.createMany({ data: codes.map((code) => ({ restaurantId: restaurant.id, channelId: channels[code]!.id })) });
  const listings = Object.fromEntries(
    (await prisma.listing.findMany({ where: { restaurantId: restaurant.id }, include: { channel: true } })).map((l) => [l.channel.code, l]),
  );
  const staff = await createActor("RESTAURANT_STAFF", { restaurantIds: [restaurant.id] });
  const admin = await createActor("CHAIN_ADMIN", { chainId });
  return { chainId, restaurant, item, listings, staff, admin };
}

/** A hand-moved clock: `at(seconds)` is that many seconds after the test's start. */
export function testClock(start = new Date()) {
  return { start, at: (seconds: number) => new Date(start.getTime() + seconds * 1000) };
}

export const openIncidents = (restaurantId: string) =>
  prisma.incident.findMany({ where: { restaurantId, state: { not: "RESOLVED" } }, orderBy: { startedAt: "asc" } });

/** An outlet of its own chain with an open incident (staff paused it during opening hours). */
export async function outletWithIncident() {
  const outlet = await monitoredOutlet({ codes: ["swifteats"] });
  const clock = testClock();
  await setOutletStatus(outlet.staff, outlet.restaurant.id, { status: "PAUSED", reason: "Oven broken" });
  await evaluateOutlets([outlet.restaurant.id], clock.at(0));
  await evaluateOutlets([outlet.restaurant.id], clock.at(301));
  const [incident] = await openIncidents(outlet.restaurant.id);
  return { ...outlet, incident: incident! };
}
