// The whole dispatch pipeline with the real worker jobs (pg-boss on the file's database) and
// the realtime server in-process: the kitchen accepts → the worker offers the order → the
// driver's socket shows it; a decline wakes the worker → the next driver is offered it. An
// order's burst of events (placed, paid) is followed up once, also for more orders than a
// batch.
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRedis } from "@/lib/redis";
import { createLogger } from "@/lib/logger";
import type { Actor } from "@/lib/auth/actor";
import type { Offer } from "@/lib/dispatch/views";
import { declineOffer } from "@/lib/dispatch/decline-offer";
import { flushPositionHistory } from "@/lib/tracking/position-history-writer";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { startDispatchJobs } from "@/server/worker/dispatch-jobs";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { acceptedOrder, deliveryOutlet, onlineDriver } from "../support/dispatch";
import { prisma } from "@/lib/db/client";
import { placeOrder } from "@/lib/orders/place-order";
import { createCustomers } from "../support/fixtures";
import { createTestProvider, TEST_CARDS } from "../support/test-payments";

let boss: PgBoss;
let jobs: { stop(): Promise<void> };
let server: RealtimeServer;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestRealtimeServer({ redis: process.env.REDIS_URL, instance: "dispatch-worker-test" });
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss", application_name: "dispatch-worker-test" });
  await boss.start();
  jobs = await startDispatchJobs(boss, createLogger("worker"));
});

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await jobs.stop();
  await boss.stop({ graceful: false, wait: true });
  await server.close();
  await flushPositionHistory();
  await getRedis()?.quit();
});

async function connected(actor: Actor): Promise<Client> {
  const socket = await socketFor(server.port, actor);
  clients.push(socket);
  await connectSocket(socket);
  return socket;
}

const nextOffer = (socket: Client) => new Promise<Offer>((resolve) => socket.once("offer:new", resolve));

describe("dispatch worker", () => {
  it("offers an order the kitchen accepted to the nearest driver, and after a decline to the next", async () => {
    const outlet = await deliveryOutlet();
    const near = await onlineDriver(outlet, 200);
    const far = await onlineDriver(outlet, 900);
    const nearSocket = await connected(near.actor);
    const farSocket = await connected(far.actor);

    const first = nextOffer(nearSocket);
    const order = await acceptedOrder(outlet);
    expect(await first).toMatchObject({ orderId: order.id });

    const second = nextOffer(farSocket);
    await declineOffer(near.actor, (await first).id);
    expect(await second).toMatchObject({ orderId: order.id });
  });

  it("follows up each order's placed-and-paid burst once, for more orders than a batch", async () => {
    const outlet = await deliveryOutlet();
    const { provider } = createTestProvider();
    const customers = await createCustomers(25);
    const delivery = { address: "Customer street 1", lat: outlet.restaurant.lat + 0.01, lng: outlet.restaurant.lng };
    const orders = await Promise.all(
      customers.map(async (customer) => {
        const input = { restaurantId: outlet.restaurant.id, items: [{ itemId: outlet.item.id, quantity: 1 }], delivery, cardNumber: TEST_CARDS.success };
        return (await placeOrder(customer, input, `key-${customer.userId}`, provider)).order.id;
      }),
    );
    const estimates = () => prisma.etaEstimate.groupBy({ by: ["orderId", "reason"], where: { orderId: { in: orders } }, _count: true });
    await expect.poll(async () => (await estimates()).length, { timeout: 20_000 }).toBe(orders.length);
    // Nothing more comes: one estimate per order, made once it was paid.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await estimates()).map((e) => ({ reason: e.reason, count: e._count }))).toEqual(orders.map(() => ({ reason: "paid", count: 1 })));
  });
});
