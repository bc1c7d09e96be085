// Reads new order events from the database and releases them in seq order, in batches: to
// every realtime instance through the relay leader (order-event-leadership.ts), and to the
// worker's dispatch triggers. The event log is the source of truth: a NOTIFY
// (lib/orders/append-order-event.ts) only means "read again", so notifications that
// coalesce or get lost while the LISTEN connection is down cost nothing.
// Reads go by cursor, in batches; a poll covers whatever a notification did not announce.
import { ORDER_EVENTS_CHANNEL } from "@/lib/orders/append-order-event";
import { latestEventSeq, listEventsToRelay, type RelayedEvent } from "@/lib/realtime/list-events-to-relay";
import type { Logger } from "@/lib/logger";
import { EventSequencer, type SequencerTimings } from "@/lib/events/event-sequencer";
import { listenChannel, untilItWorks } from "@/lib/events/listen-channel";
import { serialReads } from "@/lib/events/serial-reads";

export interface RelayOptions extends Partial<SequencerTimings> {
  /** For the dedicated LISTEN connection; reads go through the shared Prisma pool. */
  databaseUrl: string;
  /** Each step of `settled`, with the events it frees (late ones first, then in seq order). */
  release: (batch: ReleasedBatch) => void;
  log: Logger;
  pollMs?: number;
}

export interface ReleasedBatch {
  /** `settled` before this batch: its events above it are every event up to `to` not given up on… */
  from: bigint;
  /** …and `settled` after it. Events at or below `from` are late ones (see EventSequencer). */
  to: bigint;
  events: RelayedEvent[];
}

export interface OrderEventRelay {
  /** Every event up to this seq has been sent (see EventSequencer). */
  settledSeq(): bigint;
  stop(): Promise<void>;
}

const BATCH = 500;
/**
 * Reads start at least this far apart: a steady stream of commits is read (and published to
 * every instance, and decoded by each) a batch per interval rather than an event or two per
 * read. What an event may wait at most before its read starts, and only under load.
 */
const READ_INTERVAL_MS = 20;
/**
 * On start, read this many seqs back, so transactions in flight at that moment are not
 * skipped. Holes in that window are waited out once (graceMs), like any other; what is
 * re-sent goes to rooms nobody has joined yet.
 */
const START_LOOKBACK = 1000n;

/** Where a relay (or a follower, order-event-follower.ts) starting now begins. */
export const startSeqAfter = (latest: bigint) => (latest > START_LOOKBACK ? latest - START_LOOKBACK : 0n);

export async function startOrderEventRelay(options: RelayOptions): Promise<OrderEventRelay> {
  const { log } = options;
  const latest = await untilItWorks(latestEventSeq, log);
  const sequencer = new EventSequencer<RelayedEvent>(startSeqAfter(latest), {
    graceMs: options.graceMs ?? 3_000,
    watchMs: options.watchMs ?? 60_000,
  });
  let stopped = false;

  const step = (release: () => RelayedEvent[]) => {
    const from = sequencer.settled;
    const events = release();
    if (!stopped && (events.length > 0 || sequencer.settled !== from)) options.release({ from, to: sequencer.settled, events });
  };

  async function drain() {
    for (;;) {
      const rows = await listEventsToRelay(sequencer.readAfter, sequencer.missingSeqs, BATCH);
      step(() => sequencer.accept(rows));
      if (rows.length < BATCH || stopped) break;
    }
    step(() => sequencer.release());
  }

  let deadlineTimer: NodeJS.Timeout | undefined;
  const reads = serialReads(drain, {
    log,
    minIntervalMs: READ_INTERVAL_MS,
    // Events held behind a missing seq go out when its grace period ends, not a poll later.
    onSettled() {
      clearTimeout(deadlineTimer);
      const deadline = sequencer.nextDeadline;
      if (deadline !== null) deadlineTimer = setTimeout(read, Math.max(0, deadline - Date.now()) + 10);
    },
  });
  const read = () => reads.request();

  const listening = await listenChannel({
    databaseUrl: options.databaseUrl,
    channel: ORDER_EVENTS_CHANNEL,
    onNotification: read,
    onListening: read, // whatever committed while nobody listened
    log,
  });
  const poll = setInterval(read, options.pollMs ?? 2_000);

  return {
    settledSeq: () => sequencer.settled,
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearTimeout(deadlineTimer);
      await listening.stop();
      await reads.stop();
    },
  };
}
