// The dispatch queues as the worker sets them up, on real pg-boss (a schema of this file's
// own, no worker consuming): a burst of events for one order leaves one follow-up waiting,
// also on a database whose queue an older worker created with the standard policy; a
// follow-up waits its delay before a worker may take it.
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatchQueues, DISPATCH_QUEUES, followOrderChangesSoon } from "@/server/worker/dispatch-jobs";

let boss: PgBoss;
let stopped = false;

beforeAll(async () => {
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: "pgboss_queues_test", application_name: "dispatch-queues-test", supervise: false, schedule: false });
  // pg-boss re-emits its pool's connection errors; without a listener one is an uncaught
  // exception. The pool's end resolves before its connections have closed, so the drop of this
  // file's database (WITH FORCE) can still reach one of them after stop(): not this test's concern.
  boss.on("error", (error) => {
    if (!stopped) throw error;
  });
  await boss.start();
  // As an older worker left it: the follow-up queue with the standard policy.
  await boss.createQueue(DISPATCH_QUEUES.orderChange, { name: DISPATCH_QUEUES.orderChange, policy: "standard" });
  await createDispatchQueues(boss);
});

afterAll(async () => {
  stopped = true;
  await boss.stop({ graceful: false, wait: true });
});

describe("order follow-ups", () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Waits out the follow-ups' delay (FOLLOW_UP_DELAY_SECONDS, 1 s) with a margin. */
  const afterTheDelay = () => sleep(1500);
  const take = async () => (await boss.fetch<{ orderId: string }>(DISPATCH_QUEUES.orderChange, { batchSize: 100 })).map((job) => job.data.orderId);

  it("keeps one waiting follow-up per order however many events arrive, queued a batch in one statement", async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await Promise.all([...Array(5)].map(() => followOrderChangesSoon(boss, [first])));
    await followOrderChangesSoon(boss, [second, first, second]);
    expect(await boss.getQueueSize(DISPATCH_QUEUES.orderChange)).toBe(2);
    await afterTheDelay();
    expect((await take()).sort()).toEqual([first, second].sort());
  });

  it("waits its delay, so the rest of an order's burst joins it", async () => {
    const orderId = randomUUID();
    await followOrderChangesSoon(boss, [orderId]);
    expect(await take()).toEqual([]);
    await followOrderChangesSoon(boss, [orderId]);
    await afterTheDelay();
    expect(await take()).toEqual([orderId]);
  });

  it("queues a new follow-up once the waiting one has been taken", async () => {
    const orderId = randomUUID();
    await followOrderChangesSoon(boss, [orderId]);
    await afterTheDelay();
    expect(await take()).toContain(orderId);
    // The order changed again while its follow-up runs: that change must not be lost.
    await followOrderChangesSoon(boss, [orderId]);
    await afterTheDelay();
    expect(await take()).toEqual([orderId]);
  });
});
