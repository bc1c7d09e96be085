// Drivers' GPS points on real rows (and Redis when REDIS_URL is set): the 3 s throttle,
// anomalies, the batched history, the 30 s latest position, forwarding to the customer only
// from pickup on (through the realtime server started in-process), and who may send.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { publishDispatchEvent } from "@/lib/dispatch/dispatch-events";
import { getRedis } from "@/lib/redis";
import type { Actor } from "@/lib/auth/actor";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { DriverPositionMessage } from "@/lib/realtime/events";
import type { PositionPoint } from "@/lib/tracking/schemas";
import { ingestPosition, ingestPositions } from "@/lib/tracking/ingest-position";
import { getLatestPosition, nearbyDrivers, POSITION_TTL_MS } from "@/lib/tracking/latest-positions";
import { createPositionHistoryWriter, flushPositionHistory } from "@/lib/tracking/position-history-writer";
import { createDriverContextCache } from "@/lib/tracking/driver-context-cache";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { statusOf } from "../support/status-of";
import { createActor, createCustomers, createOpenRestaurant } from "../support/fixtures";


const clients: Client[] = [];
let server: Promise<RealtimeServer> | undefined;
const realtime = () =>
  (server ??= startTestRealtimeServer({
    redis: process.env.REDIS_URL,
    instance: "gps-test",
    relay: { graceMs: 500, pollMs: 500 },
  }));

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await (await server)?.close();
  await getRedis()?.quit();
});

async function connectedSocket(actor: Actor): Promise<Client> {
  const socket = await socketFor((await realtime()).port, actor);
  clients.push(socket);
  await connectSocket(socket);
  return socket;
}

const point = (recordedAt: Date, lat = 52.37, lng = 4.89, extra: Partial<PositionPoint> = {}): PositionPoint => ({ lat, lng, recordedAt, ...extra });
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);
const driverIdOf = async (actor: Actor) => (await prisma.driver.findUniqueOrThrow({ where: { userId: actor.userId } })).id;
const historyOf = async (driverId: string) => prisma.driverPosition.findMany({ where: { driverId }, orderBy: { recordedAt: "asc" } });

/** An order of `customer` carried by `driverId`, in `status`. */
async function deliveryOrder(customerId: string, driverId: string, status: OrderStatus) {
  const restaurant = await createOpenRestaurant();
  return prisma.order.create({
    data: { restaurantId: restaurant.id, customerId, driverId, status, idempotencyKey: randomUUID(), subtotalCents: 1000, totalCents: 1000 },
  });
}

describe("GPS ingest", () => {
  it("keeps at most one point per 3 s per driver and drops the extras without an error", async () => {
    const driver = await createActor("DRIVER");
    const t0 = new Date();
    expect(await ingestPosition(driver, point(t0), t0)).toEqual({ accepted: true });
    expect(await ingestPosition(driver, point(later(t0, 1000)), later(t0, 1000))).toEqual({ accepted: false, reason: "rate_limited" });
    expect(await ingestPosition(driver, point(later(t0, 3000)), later(t0, 3000))).toEqual({ accepted: true });
    // Another driver has a throttle of its own.
    expect(await ingestPosition(await createActor("DRIVER"), point(later(t0, 3000)), later(t0, 3000))).toEqual({ accepted: true });

    // A buffered batch keeps one point per 3 s of the device's clock.
    const batchDriver = await createActor("DRIVER");
    const points = [0, 1000, 2000, 3000, 4000, 6000].map((ms) => point(later(t0, ms - 60_000), 52.37 + ms * 1e-7));
    expect(await ingestPositions(batchDriver, points, t0)).toEqual({ accepted: 3, dropped: 3, anomalies: [] });
    await flushPositionHistory();
    const history = await historyOf(await driverIdOf(batchDriver));
    expect(history.map((row) => row.recordedAt.getTime() - t0.getTime())).toEqual([-60_000, -57_000, -54_000]);
  });

  it("rejects implausible points as anomalies and stores none of them", async () => {
    const driver = await createActor("DRIVER");
    const driverId = await driverIdOf(driver);
    const t0 = new Date();
    // Every anomaly is logged at info, and no line says where the driver was.
    const logged: string[] = [];
    const level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "info";
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => logged.push(String(chunk)) > 0);
    const results = await ingestPositions(
      driver,
      [
        point(t0, 91, 4.89),
        point(t0, 52.37, -181),
        point(later(t0, 31_000)),
        point(later(t0, -121_000)),
        point(later(t0, -10_000)),
        // 10 km in 10 s from the point before.
        point(t0, 52.46, 4.89),
      ],
      t0,
    );
    expect(results).toEqual({
      accepted: 1,
      dropped: 0,
      anomalies: [
        { index: 0, reason: "out_of_range" },
        { index: 1, reason: "out_of_range" },
        { index: 2, reason: "future_timestamp" },
        { index: 3, reason: "stale_timestamp" },
        { index: 5, reason: "impossible_speed" },
      ],
    });
    write.mockRestore();
    process.env.LOG_LEVEL = level;
    const anomalyLines = logged.filter((line) => line.includes('"gps anomaly"'));
    expect(anomalyLines).toHaveLength(5);
    for (const line of anomalyLines) {
      expect(JSON.parse(line)).toMatchObject({ level: "info", driverId, reason: expect.any(String) });
      expect(line).not.toMatch(/"lat"|"lng"|52\.46|-181|:91/);
    }
    await flushPositionHistory();
    expect((await historyOf(driverId)).map((row) => row.lat)).toEqual([52.37]);
    expect(await getLatestPosition(driverId, t0)).toMatchObject({ lat: 52.37, lng: 4.89 });
    expect(await prisma.driver.findUniqueOrThrow({ where: { id: driverId } })).toMatchObject({ lastLat: 52.37, lastLng: 4.89, lastSeenAt: t0 });
  });

  it("writes history in batches: when the batch is full, or after the flush interval", async () => {
    const driverId = await driverIdOf(await createActor("DRIVER"));
    const writer = createPositionHistoryWriter({ flushMs: 200, maxBatch: 3 });
    const t0 = new Date();
    const row = (i: number) => ({ driverId, orderId: null, lat: 52 + i / 1000, lng: 4.89, accuracyMeters: 5, speed: 4, heading: 90, recordedAt: later(t0, i * 3000), receivedAt: t0 });

    writer.add(row(0));
    writer.add(row(1));
    expect(writer.pending).toBe(2);
    expect(await historyOf(driverId)).toHaveLength(0);
    writer.add(row(2)); // full: written at once
    expect(writer.pending).toBe(0);
    writer.add(row(3));
    await writer.flush(); // waits for the full batch too
    expect(await historyOf(driverId)).toHaveLength(4);

    writer.add(row(4));
    await vi.waitFor(async () => expect(await historyOf(driverId)).toHaveLength(5), { timeout: 3000 });
    expect((await historyOf(driverId))[4]).toMatchObject({ orderId: null, lat: 52.004, accuracyMeters: 5, speed: 4, heading: 90, recordedAt: later(t0, 12_000) });
  });

  it("keeps the latest position for 30 s, near and far", async () => {
    const driver = await createActor("DRIVER");
    const driverId = await driverIdOf(driver);
    const t0 = new Date();
    await ingestPosition(driver, point(t0, 48.8566, 2.3522, { heading: 45 }), t0);

    expect(await getLatestPosition(driverId, later(t0, POSITION_TTL_MS - 1))).toMatchObject({ driverId, lat: 48.8566, lng: 2.3522, heading: 45, recordedAt: t0 });
    expect(await getLatestPosition(driverId, later(t0, POSITION_TTL_MS))).toBeNull();

    const near = await nearbyDrivers(48.857, 2.3522, 500, later(t0, 1000));
    expect(near.map((d) => d.driverId)).toContain(driverId);
    expect(near.find((d) => d.driverId === driverId)!.distanceMeters).toBeCloseTo(44.5, 0);
    expect((await nearbyDrivers(48.95, 2.3522, 500, later(t0, 1000))).map((d) => d.driverId)).not.toContain(driverId);
    expect((await nearbyDrivers(48.857, 2.3522, 500, later(t0, POSITION_TTL_MS + 1000))).map((d) => d.driverId)).not.toContain(driverId);
  });

  it("checks a socket point against a position another process stored since, not the one this process remembers", async () => {
    const driver = await createActor("DRIVER");
    const contexts = createDriverContextCache();
    const t0 = new Date(Date.now() - 100_000);
    expect(await ingestPosition(driver, point(t0, 52.37, 4.89), t0, contexts)).toEqual({ accepted: true });
    // The HTTP upload (no shared memory) stores a point 1.5 km north a minute later (90 km/h).
    expect(await ingestPositions(driver, [point(later(t0, 60_000), 52.3835, 4.89)], later(t0, 60_000))).toMatchObject({ accepted: 1 });
    // Back at the first spot 10 s after that: fine from the remembered point, 540 km/h from the stored one.
    expect(await ingestPosition(driver, point(later(t0, 70_000), 52.37, 4.89), later(t0, 70_000), contexts)).toEqual({ accepted: false, reason: "impossible_speed" });
    // And the throttle holds against it too: 2 s after the stored point, nearby.
    expect(await ingestPosition(driver, point(later(t0, 62_000), 52.3836, 4.89), later(t0, 62_000), contexts)).toEqual({ accepted: false, reason: "rate_limited" });
  });

  it("tags history with the driver's active order", async () => {
    const driver = await createActor("DRIVER");
    const driverId = await driverIdOf(driver);
    const [customer] = await createCustomers(1);
    const order = await deliveryOrder(customer!.userId, driverId, "READY");
    const t0 = new Date();
    expect(await ingestPosition(driver, point(t0), t0)).toEqual({ accepted: true });
    await flushPositionHistory();
    expect(await historyOf(driverId)).toMatchObject([{ orderId: order.id, receivedAt: t0 }]);
  });
});

describe("forwarding to the customer", () => {
  it("sends driver:position to the order's customer only once the order is picked up, and to no one else", async () => {
    const driver = await createActor("DRIVER");
    const driverId = await driverIdOf(driver);
    const [customer, otherCustomer] = await createCustomers(2);
    const order = await deliveryOrder(customer!.userId, driverId, "READY");
    const otherDriver = await createActor("DRIVER");
    await deliveryOrder(otherCustomer!.userId, await driverIdOf(otherDriver), "PICKED_UP");

    const received = new Map<string, DriverPositionMessage[]>([["customer", []], ["other", []]]);
    const customerSocket = await connectedSocket(customer!);
    customerSocket.on("driver:position", (p) => received.get("customer")!.push(p));
    const otherSocket = await connectedSocket(otherCustomer!);
    otherSocket.on("driver:position", (p) => received.get("other")!.push(p));
    const driverSocket = await connectedSocket(driver);

    const t0 = Date.now() - 60_000;
    const send = (ms: number, lat: number) => driverSocket.emitWithAck("driver:location", { lat, lng: 4.89, heading: 90, recordedAt: new Date(t0 + ms).toISOString() });

    // On the way to the kitchen: stored, not shown.
    expect(await send(0, 52.37)).toEqual({ ok: true, accepted: true });
    expect(await send(1000, 52.3701)).toEqual({ ok: true, accepted: false, reason: "rate_limited" });
    expect(await send(2000, 91)).toEqual({ ok: true, accepted: false, reason: "out_of_range" });

    // Picked up: the job change is announced (as the worker's followOrderChanges does); once the
    // driver's app has heard it, the realtime server knows the customer may see the driver.
    const jobSeen = new Promise((resolve) => driverSocket.once("job:updated", resolve));
    await prisma.order.update({ where: { id: order.id }, data: { status: "PICKED_UP" } });
    await publishDispatchEvent(prisma, { type: "job:updated", driverId, orderId: order.id });
    await jobSeen;
    expect(await send(3000, 52.3702)).toEqual({ ok: true, accepted: true });
    await vi.waitFor(() => expect(received.get("customer")).toHaveLength(1), { timeout: 5000 });
    expect(received.get("customer")![0]).toEqual({ orderId: order.id, lat: 52.3702, lng: 4.89, heading: 90, recordedAt: new Date(t0 + 3000).toISOString() });

    // The other driver's customer sees only their own driver.
    const otherDriverSocket = await connectedSocket(otherDriver);
    expect(await otherDriverSocket.emitWithAck("driver:location", { lat: 52.1, lng: 4.3, recordedAt: new Date().toISOString() })).toEqual({ ok: true, accepted: true });
    await vi.waitFor(() => expect(received.get("other")).toHaveLength(1), { timeout: 5000 });
    expect(received.get("other")![0]).toMatchObject({ lat: 52.1, lng: 4.3 });
    expect(received.get("customer")).toHaveLength(1);
    expect(await customerSocket.emitWithAck("ping")).toHaveProperty("serverTime");
    expect(received.get("customer")!.every((p) => p.orderId === order.id)).toBe(true);
  });

  it("refuses driver:location from other roles and malformed payloads", async () => {
    const [customer] = await createCustomers(1);
    const customerSocket = await connectedSocket(customer!);
    const valid = { lat: 52.37, lng: 4.89, recordedAt: new Date().toISOString() };
    expect(await customerSocket.emitWithAck("driver:location", valid)).toMatchObject({ ok: false, code: "forbidden" });

    const driverSocket = await connectedSocket(await createActor("DRIVER"));
    for (const input of [null, {}, { ...valid, lat: "north" }, { ...valid, recordedAt: "now" }]) {
      expect(await driverSocket.emitWithAck("driver:location", input as never), JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_request" });
    }
  });
});

describe("under overload", () => {
  it("refuses points beyond the in-flight limit at once with 'busy', and takes points again when the load is gone", async () => {
    const busyServer = await startTestRealtimeServer({ redis: process.env.REDIS_URL, instance: "gps-busy-test", maxPositionsInFlight: 1 });
    try {
      const socket = await socketFor(busyServer.port, await createActor("DRIVER"));
      clients.push(socket);
      await connectSocket(socket);
      const t0 = Date.now() - 60_000;
      const send = (ms: number) => socket.emitWithAck("driver:location", { lat: 52.37, lng: 4.89, recordedAt: new Date(t0 + ms).toISOString() });

      // Sent together: the first is still being stored (its driver is looked up) when the others come.
      const answers = await Promise.all([send(0), send(3000), send(6000), send(9000)]);
      expect(answers[0]).toEqual({ ok: true, accepted: true });
      expect(answers.slice(1).filter((a) => !a.ok && a.code === "busy").length).toBeGreaterThanOrEqual(1);
      // Nothing stays counted once the answers are out.
      expect(await send(12_000)).toEqual({ ok: true, accepted: true });
    } finally {
      await busyServer.close();
    }
  });
});

describe("ingesting a batch (what POST /api/v1/driver/location does; its HTTP answers are in tests/e2e/driver-location.spec.ts)", () => {
  const valid = (recordedAt: Date) => ({ lat: 52.37, lng: 4.89, accuracy: 8, speed: 3.5, heading: 180, recordedAt });

  it("thins a buffered batch to one point per 3 s and reports anomalies by index", async () => {
    const driver = await createActor("DRIVER");
    const base = Date.now() - 30_000;
    const points = [0, 1000, 3000, 4000].map((ms) => valid(new Date(base + ms)));
    const result = await ingestPositions(driver, [...points, { ...valid(new Date()), lat: -95 }]);
    expect(result).toEqual({ accepted: 2, dropped: 2, anomalies: [{ index: 4, reason: "out_of_range" }] });
  });

  it("refuses every role but drivers (403)", async () => {
    for (const role of ["CUSTOMER", "RESTAURANT_STAFF", "PLATFORM_ADMIN"] as const) {
      const actor = await createActor(role);
      expect(await statusOf(ingestPositions(actor, [point(new Date())])), role).toBe(403);
    }
  });
});
