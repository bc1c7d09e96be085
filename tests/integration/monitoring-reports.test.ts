// Reports on rows inserted here, in a real database: the same numbers as worked out by hand.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getChainReport } from "@/lib/monitoring/reports/get-chain-report";
import { getOutletTimeline } from "@/lib/monitoring/reports/get-outlet-timeline";
import { outletsCsv, uptimeCsv } from "@/lib/monitoring/reports/report-csv";
import { reportQuerySchema } from "@/lib/monitoring/reports/schemas";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_CHAIN_SLUG } from "@/prisma/seed/catalog/chains";
import { createActor, createChain, createOpenRestaurant } from "../support/fixtures";

// 2026-11-23 is a Monday; Amsterdam is UTC+1 in November.
const at = (local: string) => new Date(`${local}+01:00`);
const NOW = at("2026-11-25T09:00:00");
const DAY = reportQuerySchema.parse({ from: "2026-11-23", to: "2026-11-23" });

async function channel(name: string) {
  return prisma.salesChannel.create({ data: { code: `${name.toLowerCase()}-${randomUUID().slice(0, 6)}`, name, kind: "MARKETPLACE" } });
}

async function listingWith(restaurantId: string, channelId: string, bands: { state: "ONLINE" | "OFFLINE" | "PAUSED"; start: string; end: string | null }[]) {
  const listing = await prisma.listing.create({ data: { restaurantId, channelId } });
  await prisma.listingStateSpan.createMany({
    data: bands.map((b) => ({ listingId: listing.id, state: b.state, startedAt: at(b.start), endedAt: b.end ? at(b.end) : null })),
  });
  return listing;
}

async function orders(restaurantId: string, count: number, data: { subtotalCents: number; placedAt: Date; status?: "DELIVERED" | "PLACED" | "PAYMENT_FAILED" }) {
  const customer = await createActor("CUSTOMER");
  await prisma.order.createMany({
    data: Array.from({ length: count }, () => ({
      restaurantId,
      customerId: customer.userId,
      idempotencyKey: randomUUID(),
      subtotalCents: data.subtotalCents,
      totalCents: data.subtotalCents + 300,
      status: data.status ?? "DELIVERED",
      placedAt: data.placedAt,
    })),
  });
}

async function setUp() {
  const chain = await createChain("Report Chain");
  const other = await createChain("Other Chain");
  const web = await channel("Web");
  const tablet = await channel("Tablet");
  const alpha = await createOpenRestaurant({ chainId: chain.id, name: "Alpha" });
  const bravo = await createOpenRestaurant({ chainId: chain.id, name: "Bravo" });
  // Alpha: web offline 12:00–16:00 (240 min), tablets online all day → 120 min down on average.
  await listingWith(alpha.id, web.id, [
    { state: "ONLINE", start: "2026-11-01T00:00:00", end: "2026-11-23T12:00:00" },
    { state: "OFFLINE", start: "2026-11-23T12:00:00", end: "2026-11-23T16:00:00" },
    { state: "ONLINE", start: "2026-11-23T16:00:00", end: null },
  ]);
  await listingWith(alpha.id, tablet.id, [{ state: "ONLINE", start: "2026-11-01T00:00:00", end: null }]);
  // Bravo: web monitored only from 06:00 (18 h expected), paused 06:00–09:00.
  await listingWith(bravo.id, web.id, [
    { state: "PAUSED", start: "2026-11-23T06:00:00", end: "2026-11-23T09:00:00" },
    { state: "ONLINE", start: "2026-11-23T09:00:00", end: null },
  ]);
  // Alpha's 28 days before Nov 24 (40,320 open minutes): 84 paid orders at €20.00; the unpaid,
  // failed and too-old ones do not count.
  await orders(alpha.id, 84, { subtotalCents: 2000, placedAt: at("2026-11-10T12:00:00") });
  await orders(alpha.id, 5, { subtotalCents: 9900, placedAt: at("2026-11-10T12:00:00"), status: "PAYMENT_FAILED" });
  await orders(alpha.id, 5, { subtotalCents: 9900, placedAt: at("2026-11-10T12:00:00"), status: "PLACED" });
  await orders(alpha.id, 5, { subtotalCents: 9900, placedAt: at("2026-10-20T12:00:00") });

  const incident = (chainId: string, restaurantId: string, startedAt: Date, ackAfterS: number | null, resolveAfterS: number | null) => ({
    chainId,
    restaurantId,
    rule: "offline_while_open",
    dedupeKey: randomUUID(),
    severity: "HIGH" as const,
    state: resolveAfterS === null ? ("OPEN" as const) : ("RESOLVED" as const),
    startedAt,
    acknowledgedAt: ackAfterS === null ? null : new Date(startedAt.getTime() + ackAfterS * 1000),
    resolvedAt: resolveAfterS === null ? null : new Date(startedAt.getTime() + resolveAfterS * 1000),
  });
  const start = at("2026-11-23T12:00:00");
  const outsider = await createOpenRestaurant({ chainId: other.id, name: "Outsider" });
  await prisma.incident.createMany({
    data: [
      incident(chain.id, alpha.id, start, 120, 14_400),
      incident(chain.id, bravo.id, at("2026-11-23T06:00:00"), 600, 10_800),
      incident(chain.id, bravo.id, at("2026-11-23T20:00:00"), null, null),
      // Another day and another chain: not in this report.
      incident(chain.id, alpha.id, at("2026-11-20T12:00:00"), 5, 5),
      incident(other.id, outsider.id, start, 1, 1),
    ],
  });
  return { chain, other, alpha, bravo };
}

describe("chain availability report", () => {
  it("computes uptime, MTTA/MTTR and lost sales from spans, incidents and orders", async () => {
    const { chain, alpha } = await setUp();
    const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const report = await getChainReport(admin, chain.id, DAY, NOW);

    expect(report.periods).toEqual([{ label: "2026-11-23", start: "2026-11-22T23:00:00.000Z", end: "2026-11-23T23:00:00.000Z" }]);
    // Alpha: (1200 + 1440) / 2880 = 91.7 %. Bravo: 900 / 1080 = 83.3 %.
    expect(report.outlets.map((o) => [o.name, o.total])).toEqual([
      ["Alpha", { expectedMinutes: 2880, onlineMinutes: 2640, uptimePercent: 91.7 }],
      ["Bravo", { expectedMinutes: 1080, onlineMinutes: 900, uptimePercent: 83.3 }],
    ]);
    // Web: (1200 + 900) / (1440 + 1080) = 83.3 %; tablets 100 %.
    expect(report.channels.map((c) => [c.channelName, c.total.uptimePercent])).toEqual([
      ["Tablet", 100],
      ["Web", 83.3],
    ]);
    expect(report.listings).toHaveLength(3);
    expect(report.best.map((o) => o.name)).toEqual(["Alpha", "Bravo"]);
    expect(report.worst.map((o) => o.name)).toEqual(["Bravo", "Alpha"]);

    // 84 orders / 40,320 min × 60 = 0.125/h; 120 min × 84/40,320 × €20.00 = €5.00.
    expect(report.outlets.find((o) => o.restaurantId === alpha.id)).toMatchObject({
      downMinutes: 120,
      ordersPerOpenHour: 0.13,
      averageBasketCents: 2000,
      lostSalesCents: 500,
    });
    expect(report.lostSalesCents).toBe(500);

    // MTTA (120 + 600) / 2 = 360 s; MTTR (14,400 + 10,800) / 2 = 12,600 s; 3 incidents that day.
    expect(report.responseTimes).toEqual({ incidents: 3, acknowledged: 2, resolved: 2, mttaSeconds: 360, mttrSeconds: 12_600 });
  });

  it("exports the same figures as CSV", async () => {
    const { chain } = await setUp();
    const platform = await createActor("PLATFORM_ADMIN");
    const report = await getChainReport(platform, chain.id, DAY, NOW);
    const outletLines = outletsCsv(report).split("\r\n");
    expect(outletLines[0]).toBe("outlet,expected_minutes,online_minutes,uptime_percent,down_minutes,orders_per_open_hour,average_basket_cents,lost_sales_cents");
    expect(outletLines[1]).toBe("Alpha,2880,2640,91.7,120,0.13,2000,500");
    expect(uptimeCsv(report).split("\r\n")).toContain(`2026-11-23,channel,,${report.channels[1]!.channelCode},2520,2100,83.3`);
  });

  it("allows a chain's own admins and platform admins only", async () => {
    const { chain, other } = await setUp();
    const outsider = await createActor("CHAIN_ADMIN", { chainId: other.id });
    await expect(getChainReport(outsider, chain.id, DAY, NOW)).rejects.toMatchObject({ status: 403 });
    const staff = await createActor("RESTAURANT_STAFF");
    await expect(getChainReport(staff, chain.id, DAY, NOW)).rejects.toMatchObject({ status: 403 });
    const platform = await createActor("PLATFORM_ADMIN");
    await expect(getChainReport(platform, randomUUID(), DAY, NOW)).rejects.toMatchObject({ status: 404 });
  });

  it("rejects bad report parameters", () => {
    expect(reportQuerySchema.safeParse({ from: "2026-11-30", to: "2026-11-01" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ from: "2026-01-01", to: "2026-12-31" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ from: "23-11-2026" }).success).toBe(false);
    expect(reportQuerySchema.safeParse({ granularity: "month" }).success).toBe(false);
  });
});

describe("outlet timeline", () => {
  it("shows expected-open and observed bands of each listing for a local day", async () => {
    const { chain, other, bravo } = await setUp();
    const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const timeline = await getOutletTimeline(admin, bravo.id, "2026-11-23", NOW);
    expect(timeline.expectedOpen).toEqual([{ start: "2026-11-22T23:00:00.000Z", end: "2026-11-23T23:00:00.000Z" }]);
    expect(timeline.listings.map((l) => l.bands)).toEqual([
      [
        { state: "PAUSED", start: "2026-11-23T05:00:00.000Z", end: "2026-11-23T08:00:00.000Z" },
        { state: "ONLINE", start: "2026-11-23T08:00:00.000Z", end: "2026-11-23T23:00:00.000Z" },
      ],
    ]);
    const outsider = await createActor("CHAIN_ADMIN", { chainId: other.id });
    await expect(getOutletTimeline(outsider, bravo.id, "2026-11-23", NOW)).rejects.toMatchObject({ status: 403 });
  });
});

describe("demo history", () => {
  it("gives the demo chain two weeks of closed bands and resolved incidents to report on", async () => {
    const seededAt = new Date();
    await seedDemo(prisma);
    const chain = await prisma.chain.findUniqueOrThrow({ where: { slug: DEMO_CHAIN_SLUG } });
    const ofChain = { listing: { restaurant: { chainId: chain.id } } };
    expect(await prisma.listingStateSpan.count({ where: { ...ofChain, endedAt: null } })).toBe(0);
    expect(await prisma.incident.count({ where: { chainId: chain.id, state: { not: "RESOLVED" } } })).toBe(0);
    // Every band of every listing ends by the time the seed finished, the last one online.
    const latest = await prisma.listingStateSpan.findMany({ where: ofChain, distinct: ["listingId"], orderBy: [{ listingId: "asc" }, { startedAt: "desc" }] });
    expect(latest.length).toBe(await prisma.listing.count({ where: { restaurant: { chainId: chain.id } } }));
    for (const band of latest) expect(band).toMatchObject({ state: "ONLINE" });
    expect(Math.max(...latest.map((b) => b.endedAt!.getTime()))).toBeGreaterThanOrEqual(seededAt.getTime());

    const admin = await createActor("CHAIN_ADMIN", { chainId: chain.id });
    const report = await getChainReport(admin, chain.id, reportQuerySchema.parse({ granularity: "day" }), new Date(Date.now() + 1));
    expect(report.periods).toHaveLength(7);
    for (const outlet of report.outlets) expect(outlet.total.uptimePercent).toBeGreaterThan(50);
    expect(report.worst[0]!.total.uptimePercent).toBeLessThan(100);
    expect(report.responseTimes.resolved).toBeGreaterThan(0);
    expect(report.responseTimes.mttrSeconds).toBeGreaterThanOrEqual(5 * 60);
    // Four weeks of orders behind the usual rate and basket, so downtime has a price.
    for (const outlet of report.outlets) expect(outlet.ordersPerOpenHour).toBeGreaterThan(0);
    expect(report.lostSalesCents).toBeGreaterThan(0);
    // None of them recent enough for a live screen (kitchen: finished in the last hours).
    expect(await prisma.order.count({ where: { restaurant: { chainId: chain.id }, updatedAt: { gte: new Date(seededAt.getTime() - 20 * 3_600_000) } } })).toBe(0);
  });
});
