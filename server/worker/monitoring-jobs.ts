// Chain monitoring in the worker:
// - prompt evaluation: LISTEN for outlets that just changed (observations: monitoring_changes;
//   staff open/pause/busy/close, stock and menu changes: menu_changes) and evaluate just those,
//   a few hundred milliseconds later (changes arriving together are evaluated together), and
//   again the moment a discrepancy's grace period runs out;
// - the sweep, every MONITORING_SWEEP_SECONDS: every outlet (time passing is a change too:
//   grace periods running out, heartbeats going stale, opening hours), escalations and the
//   alert outbox. One worker sweeps at a time (a transaction-scoped advisory lock);
// - partner feed polls as pg-boss jobs, one per channel per pollSeconds slot (queue policy
//   "short" + singletonKey: however many workers schedule a slot, it is polled once).
import type PgBoss from "pg-boss";
import { z } from "zod";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/client";
import type { Logger } from "@/lib/logger";
import { MENU_CHANGES_CHANNEL } from "@/lib/catalog/bump-menu-version";
import { MONITORING_CHANGES_CHANNEL } from "@/lib/monitoring/announce";
import { deliverNotifications } from "@/lib/monitoring/deliver-notifications";
import { escalateIncidents } from "@/lib/monitoring/escalate-incidents";
import { evaluateAllOutlets, evaluateOutlets } from "@/lib/monitoring/evaluate-outlets";
import { feedUrlOf, pollPartnerFeed } from "@/lib/monitoring/poll-partner-feed";
import { listenChannel } from "@/lib/events/listen-channel";
import { deleteOldLiveEvents } from "@/lib/events/delete-old-live-events";

const POLL_QUEUE = "monitoring.poll-feed";
const SCHEDULE_QUEUE = "monitoring.schedule-polls";
/** Changes arriving within this window are evaluated in one pass. */
const COALESCE_MS = 150;
/** Any constant both workers agree on: the sweep's advisory lock. */
const SWEEP_LOCK = 60_417_001;

/** Queues the polls of every partner channel for the coming minute, at its pollSeconds. */
async function schedulePolls(boss: PgBoss, now = new Date()): Promise<number> {
  const channels = await prisma.salesChannel.findMany({ where: { kind: "PARTNER" }, select: { id: true, code: true, kind: true, feedUrl: true, pollSeconds: true } });
  let queued = 0;
  for (const channel of channels.filter((c) => feedUrlOf(c))) {
    const period = Math.max(channel.pollSeconds, 5);
    const first = Math.ceil(now.getTime() / 1000 / period) * period;
    for (let slot = first; slot < now.getTime() / 1000 + 60; slot += period) {
      const id = await boss.send(POLL_QUEUE, { channelId: channel.id }, { startAfter: new Date(slot * 1000), singletonKey: `${channel.id}:${slot}` });
      if (id) queued++;
    }
  }
  return queued;
}

export async function startMonitoringJobs(boss: PgBoss, log: Logger): Promise<{ stop(): Promise<void> }> {
  let stopped = false;

  // Prompt evaluation of changed outlets.
  const changed = new Set<string>();
  let flushTimer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushTimer = undefined;
    const ids = [...changed];
    changed.clear();
    flushing = flushing.then(async () => {
      try {
        const result = await evaluateOutlets(ids);
        scheduleGraceEnds(result.graceEnds);
        if (result.opened.length || result.resolved.length) {
          log.info("monitoring evaluated changes", { outlets: ids.length, opened: result.opened.length, resolved: result.resolved.length });
          await deliverNotifications();
        }
      } catch (error) {
        log.error("monitoring evaluation failed", { error });
      }
    });
  };
  // Re-evaluate an outlet the moment a grace period runs out (timers are a shortcut only:
  // if this worker stops, the next sweep opens the incident).
  const graceTimers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  const scheduleGraceEnds = (graceEnds: Map<string, Date>) => {
    for (const [restaurantId, at] of graceEnds) {
      const existing = graceTimers.get(restaurantId);
      if (existing && existing.at <= at.getTime()) continue;
      if (existing) clearTimeout(existing.timer);
      const timer = setTimeout(() => {
        graceTimers.delete(restaurantId);
        noteChange(restaurantId);
      }, Math.max(0, at.getTime() - Date.now()) + 50);
      graceTimers.set(restaurantId, { at: at.getTime(), timer });
    }
  };
  const noteChange = (restaurantId: string | undefined) => {
    if (!restaurantId || !z.uuid().safeParse(restaurantId).success) return;
    changed.add(restaurantId);
    flushTimer ??= setTimeout(flush, COALESCE_MS);
  };
  const listeners = await Promise.all([
    listenChannel({
      databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
      channel: MONITORING_CHANGES_CHANNEL,
      onNotification: (message) => noteChange(message.payload),
      onListening: () => undefined,
      log,
    }),
    listenChannel({
      databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
      channel: MENU_CHANGES_CHANNEL,
      onNotification(message) {
        try {
          noteChange((JSON.parse(message.payload ?? "") as { restaurantId?: string }).restaurantId);
        } catch {
          // not ours to judge: the menu relay logs malformed notices
        }
      },
      onListening: () => undefined,
      log,
    }),
  ]);

  // The sweep, never overlapping itself, one worker at a time.
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = async () => {
    try {
      await prisma.$transaction(
        async (tx) => {
          const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK}) AS locked`;
          if (!lock?.locked) return;
          const now = new Date();
          const result = await evaluateAllOutlets(now);
          scheduleGraceEnds(result.graceEnds);
          const escalated = await escalateIncidents(now);
          await deleteOldLiveEvents(now);
          if (result.opened.length || result.resolved.length || escalated.length) {
            log.info("monitoring sweep", { outlets: result.outlets, opened: result.opened.length, resolved: result.resolved.length, escalated: escalated.length });
          }
        },
        { timeout: 10 * 60_000, maxWait: 10_000 },
      );
      // The outbox is shared safely (SKIP LOCKED): every worker helps deliver.
      await deliverNotifications();
    } catch (error) {
      log.error("monitoring sweep failed", { error });
    }
    if (!stopped) sweepTimer = setTimeout(() => (sweeping = sweep()), env.MONITORING_SWEEP_SECONDS * 1000);
  };
  sweeping = sweep();

  // Partner feeds.
  await boss.createQueue(POLL_QUEUE, { name: POLL_QUEUE, policy: "short", retryLimit: 0, expireInSeconds: 120 });
  await boss.createQueue(SCHEDULE_QUEUE, { name: SCHEDULE_QUEUE, retryLimit: 2 });
  await boss.schedule(SCHEDULE_QUEUE, "* * * * *");
  await boss.work(SCHEDULE_QUEUE, async () => void (await schedulePolls(boss)));
  await boss.work<{ channelId: string }>(POLL_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const result = await pollPartnerFeed(job.data.channelId, job.id);
    if (result.error || result.changed) log.info("partner feed polled", { channelId: job.data.channelId, ...result });
  });
  await schedulePolls(boss);
  log.info("monitoring started", { sweepSeconds: env.MONITORING_SWEEP_SECONDS, graceScale: env.MONITORING_GRACE_SCALE, partnerFeed: env.PARTNER_FEED_URL ?? null });

  return {
    async stop() {
      stopped = true;
      clearTimeout(sweepTimer);
      clearTimeout(flushTimer);
      for (const { timer } of graceTimers.values()) clearTimeout(timer);
      await Promise.all(listeners.map((l) => l.stop()));
      await Promise.all([sweeping, flushing]);
    },
  };
}
