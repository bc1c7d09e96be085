// Every channel a process follows shares one LISTEN connection (lib/events/listen-channel.ts):
// PostgreSQL wakes every listening connection of a database on each NOTIFY, so one per
// channel cost every commit that notifies once per relay. Against real PostgreSQL: one
// connection for several channels, each follower gets only its channel, a dropped connection
// comes back for all of them with their catch-up, and the connection goes with the last one.
import { afterEach, describe, expect, it } from "vitest";
import type pg from "pg";
import { prisma } from "@/lib/db/client";
import { createLogger } from "@/lib/logger";
import { LISTEN_APPLICATION_NAME, listenChannel } from "@/lib/events/listen-channel";

const WAIT = { timeout: 15_000 };
const databaseUrl = process.env.DATABASE_URL!;
const log = createLogger("test");
let stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});

const listenConnections = async () => {
  const [{ count }] = await prisma.$queryRaw<[{ count: bigint }]>`
    SELECT count(*) AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTEN_APPLICATION_NAME}`;
  return Number(count);
};

async function follow(channel: string) {
  const payloads: string[] = [];
  let catchUps = 0;
  const { stop } = await listenChannel({
    databaseUrl,
    channel,
    onNotification: (message: pg.Notification) => payloads.push(message.payload ?? ""),
    onListening: () => void (catchUps += 1),
    log,
  });
  stops.push(stop);
  return { payloads, catchUps: () => catchUps, stop };
}

const notify = (channel: string, payload: string) => prisma.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;

describe("listenChannel", () => {
  it("follows several channels over one connection, each follower getting its own channel's notices", async () => {
    const a = await follow("test_channel_a");
    const a2 = await follow("test_channel_a");
    const b = await follow("test_channel_b");
    expect(await listenConnections()).toBe(1);
    expect([a.catchUps(), a2.catchUps(), b.catchUps()]).toEqual([1, 1, 1]);

    await notify("test_channel_a", "1");
    await notify("test_channel_b", "2");
    await expect.poll(() => [a.payloads, a2.payloads, b.payloads], WAIT).toEqual([["1"], ["1"], ["2"]]);
  });

  it("comes back after its connection is terminated: every follower catches up and hears again", async () => {
    const a = await follow("test_channel_a");
    const b = await follow("test_channel_b");
    await prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = ${LISTEN_APPLICATION_NAME}`;
    await expect.poll(() => [a.catchUps(), b.catchUps()], WAIT).toEqual([2, 2]);
    await notify("test_channel_a", "after");
    await notify("test_channel_b", "after");
    await expect.poll(() => [a.payloads, b.payloads], WAIT).toEqual([["after"], ["after"]]);
    expect(await listenConnections()).toBe(1);
  });

  it("stops hearing a channel nobody follows any more, and closes the connection with the last follower", async () => {
    const a = await follow("test_channel_a");
    const b = await follow("test_channel_b");
    await b.stop();
    await notify("test_channel_b", "unheard");
    await notify("test_channel_a", "heard");
    await expect.poll(() => a.payloads, WAIT).toEqual(["heard"]);
    expect(b.payloads).toEqual([]);

    await a.stop();
    await expect.poll(listenConnections, WAIT).toBe(0);
    // A follower after that opens it again.
    const c = await follow("test_channel_a");
    await notify("test_channel_a", "again");
    await expect.poll(() => c.payloads, WAIT).toEqual(["again"]);
    expect(await listenConnections()).toBe(1);
  });
});
