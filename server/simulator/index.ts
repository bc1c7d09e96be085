// npm run simulate -- --drivers 200 [--minutes 10] [--base-url http://localhost:3000]
//   [--realtime-url http://localhost:3001] [--speedup 1] [--database-url postgresql://…]
// Drivers for demos and load: each signs in, goes online, streams GPS every ~5 s around
// Amsterdam, accepts offers, drives to the restaurant, picks up when READY and delivers.
// Talks only to the given base URL (and its realtime server), stops by itself after
// --minutes, and on Ctrl-C takes its drivers offline. Delivery codes come from the database
// (see ./delivery-code.ts), so it needs the app's database: DATABASE_URL or --database-url;
// without either, the embedded database `npm start` runs (it is not started here).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { ensureSimDrivers } from "@/prisma/seed/ensure-sim-drivers";
import { AMSTERDAM_BOUNDS } from "@/prisma/seed/catalog/people";
import { deliveryCodeReader } from "./delivery-code";
import { SimulatedDriver, type SimEvent } from "./simulated-driver";

const { values } = parseArgs({
  options: {
    drivers: { type: "string", default: "20" },
    minutes: { type: "string", default: "10" },
    "base-url": { type: "string", default: "http://localhost:3000" },
    "realtime-url": { type: "string" },
    speedup: { type: "string", default: "1" },
    "database-url": { type: "string" },
  },
});

function positive(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!(n > 0 && n <= max)) throw new Error(`--${name} must be a number in (0, ${max}], got "${raw}"`);
  return n;
}

const count = Math.floor(positive("drivers", values.drivers, 20_000));
const minutes = positive("minutes", values.minutes, 24 * 60);
const speedup = positive("speedup", values.speedup, 50);
const baseUrl = new URL(values["base-url"]).origin;
const realtimeUrl = values["realtime-url"] ?? (() => {
  // `npm start` serves realtime on the next port (REALTIME_PORT = PORT + 1 by default).
  const url = new URL(baseUrl);
  url.port = String(Number(url.port || 80) + 1);
  return url.origin;
})();
const databaseUrl = values["database-url"] ?? process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/swifteats`;

const prisma = createPrismaClient(databaseUrl, 2);
const { emails, password, created } = await ensureSimDrivers(prisma, count);
await prisma.$disconnect();
console.log(`${count} drivers (${created} accounts created) against ${baseUrl}, realtime ${realtimeUrl}, for ${minutes} min, speed-up ×${speedup}`);

const codes = deliveryCodeReader(databaseUrl);
const stats = { online: 0, offers: 0, accepted: 0, pickedUp: 0, delivered: 0, points: 0, dropped: 0, errors: 0 };
const onEvent = (email: string) => (event: SimEvent) => {
  if (event.type === "online") stats.online++;
  else if (event.type === "offer") stats.offers++;
  else if (event.type === "accepted") stats.accepted++;
  else if (event.type === "picked-up") stats.pickedUp++;
  else if (event.type === "delivered") {
    stats.delivered++;
    console.log(`${email} delivered order ${event.orderId.slice(0, 8)}`);
  } else if (event.type === "position") {
    if (event.accepted) stats.points++;
    else stats.dropped++;
  } else if (event.type === "error") {
    stats.errors++;
    if (stats.errors <= 20) console.error(`${email}: ${event.message}`);
  }
};

const { minLat, maxLat, minLng, maxLng } = AMSTERDAM_BOUNDS;
const drivers = emails.map(
  (email) =>
    new SimulatedDriver({
      baseUrl,
      realtimeUrl,
      email,
      password,
      start: { lat: minLat + Math.random() * (maxLat - minLat), lng: minLng + Math.random() * (maxLng - minLng) },
      speedup,
      readDeliveryCode: codes.read,
      onEvent: onEvent(email),
    }),
);

let stopping = false;
async function stopAll(why: string) {
  if (stopping) return;
  stopping = true;
  console.log(`stopping (${why})…`);
  clearInterval(report);
  clearTimeout(deadline);
  await Promise.allSettled(drivers.map((d) => d.stop()));
  await codes.close();
  printStats();
  process.exit(0);
}

const startedAt = Date.now();
const printStats = () => {
  const s = (Date.now() - startedAt) / 1000;
  console.log(
    `[${s.toFixed(0)} s] online ${stats.online}/${count} · offers ${stats.offers} · accepted ${stats.accepted} · picked up ${stats.pickedUp}` +
      ` · delivered ${stats.delivered} · GPS accepted ${stats.points} (${(stats.points / s).toFixed(1)}/s), dropped ${stats.dropped} · errors ${stats.errors}`,
  );
};
const report = setInterval(printStats, 30_000);
const deadline = setTimeout(() => void stopAll(`${minutes} min elapsed`), minutes * 60_000);
process.once("SIGINT", () => void stopAll("SIGINT"));
process.once("SIGTERM", () => void stopAll("SIGTERM"));

// Sign-ins cost the server a scrypt hash each: start ~20 drivers a second, not all at once.
for (const [i, driver] of drivers.entries()) {
  if (stopping) break;
  driver.start().catch((error: unknown) => onEvent(emails[i]!)({ type: "error", message: error instanceof Error ? error.message : String(error) }));
  await new Promise((resolve) => setTimeout(resolve, 50));
}
