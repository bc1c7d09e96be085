// The Socket.IO adapter between realtime instances sharing Redis: a message to a room crosses
// to the instance holding the room's socket with either adapter, and with the sharded one
// (the default) only the instances with sockets in a room subscribe to its channel, so the
// others never receive its messages (docs/capacity.md, "Fan-out").
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { userRoom, type DriverPositionMessage } from "@/lib/realtime/events";
import type { RealtimeServer } from "@/server/realtime/create-realtime-server";
import type { SocketAdapterKind } from "@/lib/realtime/socket-adapters";
import { connectSocket, socketFor, startTestRealtimeServer, type Client } from "../support/realtime";
import { createCustomers } from "../support/fixtures";

const redisUrl = process.env.REDIS_URL;
const WAIT = { timeout: 5000 };
const servers: RealtimeServer[] = [];
const clients: Client[] = [];
const admin = redisUrl ? new Redis(redisUrl) : null;

afterAll(async () => {
  for (const client of clients) client.disconnect();
  await Promise.all(servers.map((s) => s.close()));
  await admin?.quit();
});

async function startInstances(adapter: SocketAdapterKind, count: number) {
  const started = await Promise.all(Array.from({ length: count }, (_, i) => startTestRealtimeServer({ redis: redisUrl, adapter, instance: `${adapter}-${i}` })));
  servers.push(...started);
  return started;
}

/** A customer's socket on `server`, recording the positions it receives. */
async function customerOn(server: RealtimeServer) {
  const [customer] = await createCustomers(1);
  const socket = await socketFor(server.port, customer!);
  clients.push(socket);
  const positions: DriverPositionMessage[] = [];
  socket.on("driver:position", (position) => positions.push(position));
  await connectSocket(socket);
  return { room: userRoom(customer!.userId), socket, positions };
}

/** How many connections are subscribed to the sharded adapter's channel of `room` (main namespace). */
async function roomSubscribers(room: string) {
  const [, count] = (await admin!.call("PUBSUB", "SHARDNUMSUB", `socket.io#/#${room}#`)) as [string, number];
  return Number(count);
}

const position = (): DriverPositionMessage => ({ orderId: randomUUID(), lat: 52.37, lng: 4.89, recordedAt: new Date().toISOString() });

describe.skipIf(!redisUrl)("the Socket.IO adapter between realtime instances", () => {
  it.each(["sharded", "classic"] as const)("%s: a message to a room reaches its socket on another instance, once", async (adapter) => {
    const [a, b] = await startInstances(adapter, 2);
    const customer = await customerOn(b!);
    // The receiving instance subscribes when the room is made (sharded) or at start (classic):
    // probes until one crosses.
    await expect
      .poll(() => {
        a!.io.to(customer.room).emit("driver:position", position());
        return customer.positions.length;
      }, WAIT)
      .toBeGreaterThan(0);
    const [sent, next] = [position(), position()];
    for (const message of [sent, next]) a!.io.to(customer.room).emit("driver:position", message);
    // Messages from one instance arrive in order: once the next one is in, a second copy would be too.
    await expect.poll(() => customer.positions.some((p) => p.orderId === next.orderId), WAIT).toBe(true);
    expect(customer.positions.filter((p) => p.orderId === sent.orderId)).toEqual([sent]);
  });

  it("sharded: only an instance with sockets in a room subscribes to it, and only while it has them", async () => {
    const [, b] = await startInstances("sharded", 3);
    const customer = await customerOn(b!);
    // One of the three instances: the customer's.
    await expect.poll(() => roomSubscribers(customer.room), WAIT).toBe(1);
    customer.socket.disconnect();
    await expect.poll(() => roomSubscribers(customer.room), WAIT).toBe(0);
  });
});
