// The app against a broken Redis, through the same domain functions (and health route) the
// route handlers call: every order, menu and search must answer (served, or 503 with
// Retry-After), nothing may be left half-done, and health must say 503. Durations are
// printed, not asserted; what is asserted is the answer, and that there was one at all.
import net from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { errorResponse } from "@/lib/api/errors";
import { getMenu } from "@/lib/catalog/get-menu";
import { searchCatalog } from "@/lib/catalog/search-catalog";
import { placeOrder } from "@/lib/orders/place-order";
import { placeTableOrder } from "@/lib/orders/place-table-order";
import { enforceRateLimit } from "@/lib/ratelimit/rate-limit";
import { ORDERS_PER_IP, SEARCH_PER_IP, SIGN_IN_FAILURES_PER_ACCOUNT } from "@/lib/ratelimit/rules";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { hashPassword } from "@/lib/auth/password";
import { ingestPosition } from "@/lib/tracking/ingest-position";
import { GET as health } from "@/app/api/health/route";
import { createActor, createCatalogRestaurant, createCustomers, createDiningTable, createItem } from "./fixtures";
import { createTestProvider, TEST_CARDS } from "./test-payments";

/** The real Redis of the test run, if any, before a test points the app elsewhere. */
const realRedisUrl = process.env.REDIS_URL;

/**
 * A TCP server that accepts connections and never answers: the Redis that hangs. `heal` makes
 * it a plain proxy to the real Redis (new connections only: open ones are cut, as when a
 * network comes back), `silence` makes it hang again.
 */
export async function startSilentServer() {
  const sockets = new Set<net.Socket>();
  let healthy = false;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    if (!healthy || !realRedisUrl) return;
    const { hostname, port } = new URL(realRedisUrl);
    const upstream = net.connect(Number(port || 6379), hostname);
    upstream.on("error", () => socket.destroy());
    socket.on("close", () => upstream.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    heal: () => ((healthy = true), cutAll()),
    silence: () => ((healthy = false), cutAll()),
    close: () => {
      cutAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on (bound, then released): the Redis that refuses connections. */
export async function refusingRedisUrl() {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `redis://127.0.0.1:${port}`;
}

/** Well past anything the timeouts allow: a call still running then never answered. */
const NO_ANSWER_MS = 15_000;

interface Answer {
  name: string;
  status: number;
  retryAfter: string | null;
  ms: number;
}

/** What the route would answer (status and Retry-After), and how long it took. */
async function answer(name: string, call: () => Promise<unknown>, okStatus: number): Promise<Answer> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const noAnswer = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: no answer within ${NO_ANSWER_MS} ms`)), NO_ANSWER_MS);
  });
  try {
    await Promise.race([call(), noAnswer]);
    return { name, status: okStatus, retryAfter: null, ms: performance.now() - start };
  } catch (error) {
    if (error instanceof Error && error.message.includes("no answer within")) throw error;
    const res = errorResponse(error);
    return { name, status: res.status, retryAfter: res.headers.get("retry-after"), ms: performance.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

function report(label: string, answers: Answer[]) {
  const lines = answers.map((a) => `  ${a.name.padEnd(28)} ${String(a.status).padEnd(4)} ${a.ms.toFixed(0).padStart(6)} ms`);
  console.log(`Redis ${label}: answers and durations\n${lines.join("\n")}`);
}

interface Fault {
  url: string;
  close: () => Promise<void>;
  heal?: () => void;
  silence?: () => void;
}

/** With `heal` on the fault, also proves the recovery once Redis answers again. */
export function describeRedisOutage(label: string, startFault: () => Promise<Fault>, { heals = false } = {}) {
  let fault: Fault;

  beforeAll(async () => {
    fault = await startFault();
    // Read by lib/redis on first use: every Redis call of this file goes to the broken server.
    process.env.REDIS_URL = fault.url;
  });
  afterAll(async () => {
    const { getRedis } = await import("@/lib/redis");
    getRedis()?.disconnect();
    await fault.close();
  });

  it(`still limits sign-in guesses with Redis ${label} (counted in this process meanwhile), and lets the right password in`, async () => {
    const email = `outage-${randomUUID()}@example.test`;
    await prisma.user.create({ data: { email, name: "Outage", passwordHash: await hashPassword("the-right-password-1"), role: "CUSTOMER" } });
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const guess = () => answer("sign-in guess", async () => authenticateUser({ email, password: "a-wrong-password" }, { ip }), 200);
    const guesses: Answer[] = [];
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.limit + 2; i++) guesses.push(await guess());
    report(`${label} (sign-in)`, guesses);
    expect(guesses.slice(0, SIGN_IN_FAILURES_PER_ACCOUNT.limit).map((g) => g.status)).toEqual(Array(SIGN_IN_FAILURES_PER_ACCOUNT.limit).fill(200));
    expect(guesses.slice(SIGN_IN_FAILURES_PER_ACCOUNT.limit)).toEqual([
      expect.objectContaining({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) }),
      expect.objectContaining({ status: 429 }),
    ]);
    const other = `outage-ok-${randomUUID()}@example.test`;
    await prisma.user.create({ data: { email: other, name: "Outage", passwordHash: await hashPassword("the-right-password-1"), role: "CUSTOMER" } });
    expect(await authenticateUser({ email: other, password: "the-right-password-1" }, { ip: "198.51.100.251" })).toMatchObject({ email: other });
  });

  it(`serves menus, search and orders with Redis ${label}, leaves nothing half-done, and health says 503`, async () => {
    const restaurant = await createCatalogRestaurant({ name: `Outage Pizzeria ${randomUUID().slice(0, 8)}`, cuisines: ["pizza"], lat: 52.37, lng: 4.89 });
    const item = await createItem(restaurant.id, { name: "Margherita", quantity: 500 });
    const customers = await createCustomers(10);
    const table = await createDiningTable(restaurant.id);
    const driver = await createActor("DRIVER");
    const { provider, charges } = createTestProvider();
    const delivery = { address: "Damrak 1, Amsterdam", lat: restaurant.lat, lng: restaurant.lng };

    const order = (customer: (typeof customers)[number]) => async () => {
      const key = `outage-${randomUUID()}`;
      await enforceRateLimit("orders:ip:203.0.113.9", ORDERS_PER_IP, "Too many orders", key); // as the route does
      const input = { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery, cardNumber: TEST_CARDS.success };
      return placeOrder(customer, input, key, provider);
    };
    const search = async () => {
      await enforceRateLimit("search:203.0.113.9", SEARCH_PER_IP); // as the route does
      return searchCatalog({ q: "pizza" });
    };
    const tableOrder = () =>
      placeTableOrder(table.token, { table_number: table.number, items: [{ menu_item_id: item.id, quantity: 1 }], version: 1, order_id: `t-${randomUUID()}` });

    // A running instance has its pool open and its queries prepared; warm those (no Redis
    // involved) so the figures show what the outage costs, not a cold start.
    await Promise.all(Array.from({ length: 20 }, () => prisma.$queryRaw`SELECT 1`));
    await searchCatalog({ q: "pizza" });
    await prisma.restaurant.findUnique({ where: { id: restaurant.id }, include: { items: { include: { inventory: true } } } });

    // First, one request of each kind alone, while the breaker is still closed: each Redis
    // call costs a command timeout (the worst case of an outage). Then a burst of all of
    // them at once, by which time the breaker is open and Redis costs nothing.
    const answers: Answer[] = [];
    answers.push(await answer("menu (first)", () => getMenu(restaurant.id), 200));
    answers.push(await answer("search (first)", search, 200));
    answers.push(await answer("order (first)", order(customers[0]!), 201));
    answers.push(await answer("table order (first)", tableOrder, 201));
    answers.push(await answer("gps point (needs redis)", () => ingestPosition(driver, { lat: restaurant.lat, lng: restaurant.lng, recordedAt: new Date() }), 200));
    answers.push(
      ...(await Promise.all([
        ...customers.map((c, i) => answer(`order (burst ${i + 1})`, order(c), 201)),
        ...Array.from({ length: 5 }, (_, i) => answer(`menu (burst ${i + 1})`, () => getMenu(restaurant.id), 200)),
        ...Array.from({ length: 5 }, (_, i) => answer(`search (burst ${i + 1})`, search, 200)),
        answer("table order (burst)", tableOrder, 201),
      ])),
    );
    report(label, answers);

    for (const a of answers.filter((a) => a.name.startsWith("gps"))) expect(a).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    for (const a of answers.filter((a) => !a.name.startsWith("gps"))) expect(a, a.name).toMatchObject({ status: /order/.test(a.name) ? 201 : 200 });

    // Every web order paid and charged once; nothing PLACED and unpaid; stock moved exactly.
    const orders = await prisma.order.findMany({ where: { restaurantId: restaurant.id }, select: { status: true, channel: true } });
    expect(orders.filter((o) => o.channel === "WEB").map((o) => o.status)).toEqual(Array(11).fill("PAID"));
    expect(await prisma.payment.count({ where: { order: { restaurantId: restaurant.id }, status: "PENDING" } })).toBe(0);
    expect(charges).toHaveLength(11);
    expect((await prisma.inventory.findUniqueOrThrow({ where: { itemId: item.id } })).quantity).toBe(500 - 13);

    // The menu shows the stock the orders took (read from the database, not a stale cache).
    const menu = await getMenu(restaurant.id);
    expect(menu.categories.flatMap((c) => c.items).find((i) => i.id === item.id)).toMatchObject({ available: true });

    const res = await health();
    const body = (await res.json()) as { status: string; checks: { redis: { status: string }; database: { status: string } } };
    expect(res.status).toBe(503);
    expect(body).toMatchObject({ status: "down", checks: { database: { status: "ok" }, redis: { status: "down" } } });
  });

  if (!heals) return;
  // Needs the real Redis to come back to.
  it.skipIf(!realRedisUrl)("recovers when Redis answers again, without serving a menu cached before a change made during the outage", async () => {
    if (!fault.heal || !fault.silence) throw new Error("this fault cannot heal");
    const restaurant = await createCatalogRestaurant({ name: `Recovery Deli ${randomUUID().slice(0, 8)}`, lat: 52.36, lng: 4.9 });
    const item = await createItem(restaurant.id, { name: "Bagel", quantity: 5 });
    const [customer] = await createCustomers(1);
    const { provider } = createTestProvider();
    const remaining = async () => (await getMenu(restaurant.id)).categories.flatMap((c) => c.items).find((i) => i.id === item.id)?.remaining;
    const healthStatus = async () => (await health()).status;

    fault.heal();
    await expect.poll(healthStatus, { timeout: 20_000, interval: 250 }).toBe(200);
    expect(await remaining()).toBe(5); // now cached in Redis

    fault.silence();
    const input = { restaurantId: restaurant.id, items: [{ itemId: item.id, quantity: 1 }], delivery: { address: "Spui 1", lat: 52.36, lng: 4.9 }, cardNumber: TEST_CARDS.success };
    const { order } = await placeOrder(customer!, input, `recovery-${randomUUID()}`, provider);
    expect(order.status).toBe("PAID");
    expect(await remaining()).toBe(4); // from the database while Redis hangs

    fault.heal();
    await expect.poll(healthStatus, { timeout: 20_000, interval: 250 }).toBe(200);
    // The invalidation Redis missed is applied before the key is read: not the cached 5.
    expect(await remaining()).toBe(4);
    expect(await remaining()).toBe(4); // and cached again from there
  });
}
