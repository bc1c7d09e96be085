// Simulated history for the demo chain, so the admin reports and timelines have something to
// show on a fresh `npm start`: two weeks of listing bands, online most of the time with an
// occasional outage (partner channels more often), a resolved incident for every outage longer
// than rule (a)'s grace period (some acknowledged), and four weeks of delivered orders (the
// usual order rate and basket behind "lost sales"), placed by a customer who cannot sign in.
// Bands end at seed time; from then on the monitoring worker records what really happens.
// Orders stop a day before seed time, so no live screen (kitchen, soft-offline rule) sees them.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createRandom, intBetween, type Random } from "./random";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const HISTORY_DAYS = 14;
const SALES_DAYS = 28;
/** Orders an outlet gets in an hour of the day (local time ignored: close enough for a demo). */
const ORDERS_BY_HOUR = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 3, 2, 1, 1, 2, 4, 4, 3, 2, 1, 1];
export const HISTORY_CUSTOMER_EMAIL = "history-customer@swifteats.test";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Rule (a)'s default grace period: shorter outages never became incidents. */
const GRACE_MS = 5 * MINUTE;

function outages(random: Random, from: number, to: number, partner: boolean) {
  const bands: { state: "ONLINE" | "OFFLINE" | "PAUSED"; start: number; end: number }[] = [];
  let t = from;
  while (t < to) {
    const online = intBetween(random, partner ? 8 : 20, partner ? 40 : 90) * HOUR;
    bands.push({ state: "ONLINE", start: t, end: Math.min(t + online, to) });
    t += online;
    if (t >= to) break;
    const down = intBetween(random, 3, partner ? 150 : 60) * MINUTE;
    bands.push({ state: partner || random() < 0.5 ? "OFFLINE" : "PAUSED", start: t, end: Math.min(t + down, to) });
    t += down;
  }
  return bands;
}

export async function seedMonitoringHistory(tx: Tx, chainSlug: string, now = new Date()): Promise<void> {
  const listings = await tx.listing.findMany({
    where: { restaurant: { chain: { slug: chainSlug } } },
    orderBy: [{ restaurant: { name: "asc" } }, { channel: { code: "asc" } }],
    select: { id: true, restaurantId: true, restaurant: { select: { chainId: true } }, channel: { select: { kind: true } } },
  });
  const random = createRandom(6);
  const from = now.getTime() - HISTORY_DAYS * 24 * HOUR;
  const spans: Prisma.ListingStateSpanCreateManyInput[] = [];
  const incidents: Prisma.IncidentCreateManyInput[] = [];
  for (const l of listings) {
    // Online for the last hour at least: no state change near seed time for the flapping rule to count.
    const bands = outages(random, from, now.getTime() - HOUR, l.channel.kind === "PARTNER");
    const last = bands.at(-1)!;
    if (last.state === "ONLINE") last.end = now.getTime();
    else bands.push({ state: "ONLINE", start: last.end, end: now.getTime() });
    for (const band of bands) {
      spans.push({ listingId: l.id, state: band.state, startedAt: new Date(band.start), endedAt: new Date(band.end) });
      if (band.state === "ONLINE" || band.end - band.start < GRACE_MS) continue;
      const acknowledged = random() < 0.7 ? new Date(band.start + intBetween(random, 1, Math.max(1, (band.end - band.start) / MINUTE - 1)) * MINUTE) : null;
      incidents.push({
        chainId: l.restaurant.chainId,
        restaurantId: l.restaurantId,
        listingId: l.id,
        rule: "offline_while_open",
        dedupeKey: `history:${l.id}:${band.start}`,
        severity: "HIGH",
        state: "RESOLVED",
        details: { observed: band.state, history: true },
        startedAt: new Date(band.start),
        acknowledgedAt: acknowledged,
        resolvedAt: new Date(band.end),
        resolution: "auto",
      });
    }
  }
  await tx.listingStateSpan.createMany({ data: spans });
  await tx.incident.createMany({ data: incidents });
  await seedSalesHistory(tx, [...new Set(listings.map((l) => l.restaurantId))], random, now);
}

async function seedSalesHistory(tx: Tx, restaurantIds: string[], random: Random, now: Date): Promise<void> {
  // "!" is no password hash at all: nobody can sign in as this customer.
  const customer = await tx.user.create({ data: { email: HISTORY_CUSTOMER_EMAIL, name: "Order history", passwordHash: "!", role: "CUSTOMER" } });
  const orders: Prisma.OrderCreateManyInput[] = [];
  const lastHour = Math.floor(now.getTime() / HOUR) * HOUR - 24 * HOUR;
  for (const restaurantId of restaurantIds) {
    for (let hour = lastHour - SALES_DAYS * 24 * HOUR; hour < lastHour; hour += HOUR) {
      const expected = ORDERS_BY_HOUR[new Date(hour).getUTCHours()]!;
      for (let i = 0; i < intBetween(random, 0, expected * 2); i++) {
        const placedAt = new Date(hour + intBetween(random, 0, 59) * MINUTE);
        const subtotalCents = intBetween(random, 18, 42) * 100;
        const deliveredAt = new Date(placedAt.getTime() + 40 * MINUTE);
        orders.push({
          restaurantId,
          customerId: customer.id,
          idempotencyKey: `history-${restaurantId}-${placedAt.getTime()}-${i}`,
          status: "DELIVERED",
          subtotalCents,
          deliveryFeeCents: 299,
          totalCents: subtotalCents + 299,
          placedAt,
          deliveredAt,
          updatedAt: deliveredAt,
        });
      }
    }
  }
  await tx.order.createMany({ data: orders });
}
