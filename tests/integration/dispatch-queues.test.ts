// The dispatch queues as the worker sets them up, on real pg-boss (a schema of this file's
// own, no worker consuming): a burst of events for one order leaves one follow-up waiting,
// also on a database whose queue an older worker created with the standard policy.
import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatchQueues, DISPATCH_QUEUES, followOrderChangeSoon } from "@/server/worker/dispatch-jobs";

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
  it("keeps one waiting follow-up per order however many events arrive", async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const sent = await Promise.all([...Array(5)].map(() => followOrderChangeSoon(boss, first)));
    await followOrderChangeSoon(boss, second);
    expect(sent.filter(Boolean)).toHaveLength(1);
    expect(await boss.getQueueSize(DISPATCH_QUEUES.orderChange)).toBe(2);
  });

  it("queues a new follow-up once the waiting one has been taken", async () => {
    const orderId = randomUUID();
    expect(await followOrderChangeSoon(boss, orderId)).not.toBeNull();
    const taken = await boss.fetch<{ orderId: string }>(DISPATCH_QUEUES.orderChange, { batchSize: 10 });
    expect(taken.map((job) => job.data.orderId)).toContain(orderId);
    // The order changed again while its follow-up runs: that change must not be lost.
    expect(await followOrderChangeSoon(boss, orderId)).not.toBeNull();
  });
});
