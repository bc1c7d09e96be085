// npm run db:seed [-- --scale N [--items M] [--batch B] [--concurrency C]]
// Migrates the database (DATABASE_URL, or the embedded one `npm start` uses), seeds the
// demo world if it is not there yet, and with --scale adds N synthetic benchmark restaurants.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { applyMigrations } from "@/lib/db/migrations";
import { openDatabase } from "@/lib/db/open-database";
import { seedDemo } from "./seed-demo";
import { seedScale, type ScaleProgress } from "./seed-scale";

const { values } = parseArgs({
  options: {
    scale: { type: "string" },
    items: { type: "string", default: "50" },
    batch: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "2" },
  },
});

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

const scale = values.scale === undefined ? 0 : positiveInt("scale", values.scale);
const items = positiveInt("items", values.items);
const batchSize = positiveInt("batch", values.batch);
const concurrency = positiveInt("concurrency", values.concurrency);

const perSecond = (count: number, ms: number) => Math.round((count * 1000) / Math.max(ms, 1)).toLocaleString("en");
const report = (p: ScaleProgress) =>
  `${p.restaurants.toLocaleString("en")} restaurants, ${p.items.toLocaleString("en")} items in ${(p.elapsedMs / 1000).toFixed(1)} s` +
  ` (${perSecond(p.rows, p.elapsedMs)} rows/s, ${perSecond(p.items, p.elapsedMs)} items/s)`;

const db = await openDatabase();
const prisma = createPrismaClient(db.url, 2);
try {
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  const demoStarted = Date.now();
  const { seeded } = await seedDemo(prisma);
  console.log(seeded ? `Demo data seeded in ${Date.now() - demoStarted} ms.` : "Demo data already present; left as is.");

  if (scale > 0) {
    console.log(`Adding ${scale.toLocaleString("en")} synthetic restaurants × ${items} items (batches of ${batchSize}, ${concurrency} at a time)…`);
    const total = await seedScale(db.url, {
      restaurants: scale,
      itemsPerRestaurant: items,
      batchSize,
      concurrency,
      onProgress: (p) => console.log(`  ${report(p)}`),
    });
    console.log(`Done: ${report(total)}.`);
  }
} finally {
  await prisma.$disconnect();
  await db.close();
}
