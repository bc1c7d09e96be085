// Dispatch on pg-boss: durable jobs, retried with backoff, dead-lettered to `dispatch.dead`.
// What starts them:
//   - order events (the same log and NOTIFY the realtime relay reads, resumable by seq): an
//     order the kitchen accepts (or marks ready) gets a driver, every status change gets a
//     new ETA and refreshes the driver's job, a cancelled order withdraws its offers;
//   - NOTIFY dispatch_wakeup (a decline, a driver going offline with an open offer);
//   - each offer's own expiry job (startAfter = its deadline) → the next driver;
//   - a sweep every 15 s for anything the above lost (worker killed, job lost), and an hourly
//     clean-up of old GPS history.
// Order events arrive in bursts (placed and paid within milliseconds, or seconds apart on a busy
// machine): the follow-up reads the order as it is when it runs, so one waiting follow-up per
// order serves the whole burst (one ETA computed, not one per event). It waits a moment
// (FOLLOW_UP_DELAY_SECONDS) so the burst's later events find it waiting, and the relay queues
// the follow-ups of a batch of events in one statement; the worker follows up a batch of
// orders in one read and one write (lib/dispatch/follow-order-changes.ts).
import type PgBoss from "pg-boss";
import { z } from "zod";
import { env } from "@/lib/env";
import type { Logger } from "@/lib/logger";
import { dispatchOrder } from "@/lib/dispatch/dispatch-order";
import { expireOffers } from "@/lib/dispatch/expire-offer";
import { followOrderChanges } from "@/lib/dispatch/follow-order-changes";
import { sweepDispatch } from "@/lib/dispatch/sweep-dispatch";
import { DISPATCH_WAKEUP_CHANNEL } from "@/lib/dispatch/dispatch-events";
import { deleteOldPositions } from "@/lib/tracking/delete-old-positions";
import { deleteEndedSessions } from "@/lib/auth/delete-ended-sessions";
import { prisma } from "@/lib/db/client";
import { startOrderEventRelay } from "@/lib/events/order-event-relay";
import { listenChannel } from "@/lib/events/listen-channel";

export const DISPATCH_QUEUES = {
  order: "dispatch.order",
  offerExpiry: "dispatch.offer-expiry",
  orderChange: "dispatch.order-change",
  sweep: "dispatch.sweep",
  retention: "tracking.position-retention",
  dead: "dispatch.dead",
} as const;

/** How often the dispatch sweep runs. */
const SWEEP_SECONDS = 15;
/** Nobody free near the restaurant: look again this much later. */
const NO_DRIVER_RETRY_SECONDS = 15;
/**
 * Jobs fetched at once per queue, run side by side (each mostly waits on the database), or
 * followed up together (order changes). A full batch is fetched again at once (workBatches).
 */
const BATCH = 20;
/**
 * How long a follow-up waits before a worker may take it: the rest of its order's burst (paid
 * after placed) joins it meanwhile. Measured on the ordering bench: with no wait, 1.6
 * follow-ups per order on a loaded machine (the placed one was taken before the payment's
 * event arrived), each an ETA read and write.
 */
const FOLLOW_UP_DELAY_SECONDS = 1;

const orderJob = z.object({ orderId: z.uuid() });
const offerJob = z.object({ offerId: z.uuid() });

/** The queues, as this code expects them, on a new database or one an older worker set up. */
export async function createDispatchQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DISPATCH_QUEUES.dead, { name: DISPATCH_QUEUES.dead });
  const retrying = { retryLimit: 5, retryDelay: 1, retryBackoff: true, deadLetter: DISPATCH_QUEUES.dead };
  // "short": at most one waiting job per singleton key, so triggers that pile up for one order
  // (event, wake-up, sweep) run once. `now` and `later` keys keep a deferred look from
  // swallowing an immediate one.
  await boss.createQueue(DISPATCH_QUEUES.order, { name: DISPATCH_QUEUES.order, policy: "short", ...retrying });
  await boss.createQueue(DISPATCH_QUEUES.offerExpiry, { name: DISPATCH_QUEUES.offerExpiry, ...retrying });
  const orderChangeQueue = { name: DISPATCH_QUEUES.orderChange, policy: "short" as const, ...retrying };
  await boss.createQueue(DISPATCH_QUEUES.orderChange, orderChangeQueue);
  // createQueue leaves an existing queue as it was; databases from before the follow-ups were
  // coalesced hold it with the standard policy.
  await boss.updateQueue(DISPATCH_QUEUES.orderChange, orderChangeQueue);
  await boss.createQueue(DISPATCH_QUEUES.sweep, { name: DISPATCH_QUEUES.sweep, retryLimit: 2, retryBackoff: true });
  await boss.createQueue(DISPATCH_QUEUES.retention, { name: DISPATCH_QUEUES.retention, retryLimit: 2, retryBackoff: true });
}

/**
 * Queues the follow-ups of orders that changed, in one statement; while one waits for an
 * order, more for that order are dropped.
 */
export async function followOrderChangesSoon(boss: PgBoss, orderIds: Iterable<string>): Promise<void> {
  const jobs = [...new Set(orderIds)].map((orderId) => ({
    name: DISPATCH_QUEUES.orderChange,
    data: { orderId },
    singletonKey: orderId,
    startAfter: String(FOLLOW_UP_DELAY_SECONDS),
  }));
  if (jobs.length > 0) await boss.insert(jobs);
}

export async function startDispatchJobs(boss: PgBoss, log: Logger): Promise<{ stop(): Promise<void> }> {
  await createDispatchQueues(boss);

  const send = (what: string, promise: Promise<unknown>) => void promise.catch((error: unknown) => log.error("cannot queue a dispatch job", { what, error }));
  const dispatchSoon = (orderId: string, seconds = 0) =>
    boss.send(DISPATCH_QUEUES.order, { orderId }, seconds > 0 ? { startAfter: seconds, singletonKey: `${orderId}:later` } : { singletonKey: `${orderId}:now` });

  async function runDispatch(orderId: string) {
    const outcome = await dispatchOrder(orderId);
    if (outcome.kind === "offered") {
      await boss.send(DISPATCH_QUEUES.offerExpiry, { offerId: outcome.offer.id }, { startAfter: new Date(outcome.offer.expiresAt) });
    } else if (outcome.kind === "deferred") {
      await dispatchSoon(orderId, outcome.seconds);
    } else if (outcome.kind === "no_driver") {
      await dispatchSoon(orderId, NO_DRIVER_RETRY_SECONDS);
    }
    if (outcome.kind !== "settled") log.debug("dispatch", { orderId, outcome: outcome.kind });
  }

  async function runExpiry(offerId: string) {
    const now = new Date();
    for (const orderId of await expireOffers({ offerId }, now)) await dispatchSoon(orderId);
    // Started a moment before its deadline (clocks): look again at the deadline.
    const open = await prisma.deliveryOffer.findFirst({ where: { id: offerId, status: "PENDING", expiresAt: { gt: now } }, select: { expiresAt: true } });
    if (open) await boss.send(DISPATCH_QUEUES.offerExpiry, { offerId }, { startAfter: open.expiresAt });
  }

  /**
   * Hands `handle` the queue's jobs a batch at a time. A pg-boss worker waits its polling
   * interval after every fetch, so at BATCH per interval a queue fed faster falls behind for
   * good: after a full batch it fetches again at once. A batch that throws is failed whole
   * (retried, then dead-lettered).
   */
  const workBatches = async (queue: string, handle: (jobs: PgBoss.Job<unknown>[]) => Promise<void>) => {
    // Known once work() returns, before its first fetch can answer.
    const worker = { id: "" };
    worker.id = await boss.work(queue, { batchSize: BATCH, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      if (jobs.length === BATCH) boss.notifyWorker(worker.id);
      await handle(jobs);
    });
  };
  /** Fails one job alone (retried, then dead-lettered). */
  const failJob = async (queue: string, job: PgBoss.Job<unknown>, error: unknown) => {
    log.warn("dispatch job failed; it will be retried", { queue, job: job.id, error });
    await boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
  };
  /** Runs a batch side by side; a job that throws is failed alone. */
  const workEach = (queue: string, handle: (data: unknown) => Promise<void>) =>
    workBatches(queue, async (jobs) => {
      await Promise.all(jobs.map((job) => handle(job.data).catch((error: unknown) => failJob(queue, job, error))));
    });
  await workEach(DISPATCH_QUEUES.order, (data) => runDispatch(orderJob.parse(data).orderId));
  await workEach(DISPATCH_QUEUES.offerExpiry, (data) => runExpiry(offerJob.parse(data).offerId));
  // The batch's orders followed up together; an order whose own part failed is failed alone.
  await workBatches(DISPATCH_QUEUES.orderChange, async (jobs) => {
    const parsed = jobs.map((job) => ({ job, data: orderJob.safeParse(job.data) }));
    const outcomes = await followOrderChanges(parsed.flatMap(({ data }) => (data.success ? [data.data.orderId] : [])));
    await Promise.all(
      parsed.map(async ({ job, data }) => {
        try {
          if (!data.success) throw data.error;
          const outcome = outcomes.get(data.data.orderId)!;
          if (outcome.status === "rejected") throw outcome.reason;
          if (outcome.value.needsDriver) await dispatchSoon(data.data.orderId);
        } catch (error) {
          await failJob(DISPATCH_QUEUES.orderChange, job, error);
        }
      }),
    );
  });
  await boss.work(DISPATCH_QUEUES.dead, async ([job]) => log.error("dispatch job gave up", { job: job?.id, data: job?.data }));

  // The sweep once had a minute schedule too; one trigger is enough.
  await boss.unschedule(DISPATCH_QUEUES.sweep);
  await boss.work(DISPATCH_QUEUES.sweep, async () => {
    const { expired, released, waiting } = await sweepDispatch();
    for (const orderId of waiting) await dispatchSoon(orderId);
    if (expired || released || waiting.length) log.info("dispatch sweep", { expired, released, waiting: waiting.length });
  });
  // Seconds apart, not a cron minute: a worker killed mid-dispatch leaves its jobs active
  // (pg-boss retries them only after they expire, 15 min), and the sweep is what hands those
  // orders to another worker. Every worker offers one each SWEEP_SECONDS; pg-boss keeps one
  // per window (singletonSeconds) for all of them.
  const offerSweep = () => send("sweep", boss.send(DISPATCH_QUEUES.sweep, {}, { singletonSeconds: SWEEP_SECONDS }));
  offerSweep();
  const sweepSoon = setInterval(offerSweep, SWEEP_SECONDS * 1000);
  await boss.schedule(DISPATCH_QUEUES.retention, "17 * * * *");
  await boss.work(DISPATCH_QUEUES.retention, async () => {
    const deleted = await deleteOldPositions(new Date(Date.now() - env.DRIVER_POSITION_RETENTION_DAYS * 86_400_000));
    if (deleted) log.info("old GPS history deleted", { deleted });
    const ended = await deleteEndedSessions();
    if (ended.sessions || ended.signUpLinks) log.info("ended sessions and sign-up links deleted", ended);
  });

  const events = await startOrderEventRelay({
    databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
    log,
    release: ({ events }) => {
      const changed = new Set<string>();
      for (const { event } of events) {
        if (!event.toStatus) continue;
        // Straight to dispatch when the order may need a driver now (latency), and always to
        // the follow-up (ETA, job card, withdrawals).
        if (["ACCEPTED", "READY"].includes(event.toStatus)) send("dispatch", dispatchSoon(event.orderId));
        changed.add(event.orderId);
      }
      send("order change", followOrderChangesSoon(boss, changed));
    },
  });
  const wakeups = await listenChannel({
    databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
    channel: DISPATCH_WAKEUP_CHANNEL,
    onNotification: ({ payload }) => {
      const parsed = z.uuid().safeParse(payload);
      if (parsed.success) send("wake-up", dispatchSoon(parsed.data));
    },
    // Missed wake-ups are caught by the sweep.
    onListening: () => undefined,
    log,
  });
  return {
    async stop() {
      clearInterval(sweepSoon);
      await wakeups.stop();
      await events.stop();
    },
  };
}
