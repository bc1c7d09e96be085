// What each realtime instance has sent of the order event log to its own sockets, fed by the
// relay leader's batches (order-event-leadership.ts) rather than by reading the log itself.
//
// A batch says "settled went from `from` to `to`, freeing these events". A follower applies
// it from its own settled onward: an event above it is new, one below it is sent only if
// this follower is still watching for that seq (a late arrival), so nothing goes out twice
// whoever sends it, even two leaders at once. A batch that does not follow the last one
// applied (a message lost while Redis was away, another leader, a follower that just
// started) means events may have gone by unseen: the follower first reads the log itself up
// to the batch's `from`, the way a relay would. Reading only up to what a leader settled
// keeps the follower's settled seq a safe bound for the subscribe catch-up.
import type { Logger } from "@/lib/logger";
import { listEventsToRelay, type RelayedEvent } from "@/lib/realtime/list-events-to-relay";
import { EventSequencer } from "@/lib/events/event-sequencer";

export interface RelayBatch {
  /** The leader's term: batches of one term are numbered 1, 2, 3… */
  leader: string;
  n: number;
  from: bigint;
  to: bigint;
  events: RelayedEvent[];
}

export interface OrderEventFollower {
  /** Every event up to this seq has been sent to this instance's sockets, or is given up on. */
  readonly settled: bigint;
  /** Applies batches in the order they come; a failed gap read is retried with the next batch. */
  apply(batch: RelayBatch): void;
  /** Resolves once every batch handed to apply() so far has been applied. */
  idle(): Promise<void>;
}

const BATCH = 500;

export function createOrderEventFollower(options: {
  start: bigint;
  /** How long a seq given up on is still sent if it turns up (as the leader's EventSequencer). */
  watchMs: number;
  send: (rooms: string[], event: RelayedEvent["event"]) => void;
  log: Logger;
}): OrderEventFollower {
  // No grace period: the leader already waited; what it skipped is given up at once, and watched.
  const sent = new EventSequencer<RelayedEvent>(options.start, { graceMs: 0, watchMs: options.watchMs });
  let last: { leader: string; n: number } | null = null;
  let queue = Promise.resolve();

  const send = (events: RelayedEvent[]) => {
    for (const { rooms, event } of events) options.send(rooms, event);
  };

  async function readGap(upTo: bigint) {
    for (;;) {
      const rows = await listEventsToRelay(sent.readAfter, sent.missingSeqs, BATCH, upTo);
      send(sent.accept(rows));
      if (rows.length < BATCH) break;
    }
    send(sent.settleThrough(upTo));
  }

  async function apply(batch: RelayBatch) {
    const follows = last !== null && last.leader === batch.leader && last.n + 1 === batch.n;
    if (!follows || batch.from > sent.settled) {
      last = null; // until the gap is read: a failed read is tried again with the next batch
      await readGap(batch.from);
    }
    send(sent.accept(batch.events));
    send(sent.settleThrough(batch.to));
    last = { leader: batch.leader, n: batch.n };
  }

  return {
    get settled() {
      return sent.settled;
    },
    apply(batch) {
      queue = queue.then(() => apply(batch)).catch((error: unknown) => options.log.error("cannot read an order event gap; retried with the next batch", { error }));
    },
    idle: () => queue,
  };
}
