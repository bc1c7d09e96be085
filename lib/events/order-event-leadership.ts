// One order-event reader for all realtime instances. Every commit's NOTIFY used to wake a
// relay in each instance, each reading and decoding every event: the CPU per event grew with
// the number of instances (docs/capacity.md, "Fan-out"). Now the instance holding an advisory
// lock is the relay leader: it alone LISTENs and reads the log (order-event-relay.ts) and
// publishes each batch it releases to every instance, itself included; each instance sends
// to its own sockets through its follower (order-event-follower.ts), which also reads the
// log itself whenever a batch shows it missed something. The others retry the lock and take
// over when the leader's session ends; one that hears from no leader for a while reads the
// log for itself meanwhile (as every instance did before). Without a way to publish (no
// Redis: one instance) the instance leads on its own, with no lock.
import { randomUUID } from "node:crypto";
import type { Logger } from "@/lib/logger";
import { latestEventSeq, type RelayedEvent } from "@/lib/realtime/list-events-to-relay";
import { contendForLock } from "@/lib/events/advisory-lock";
import { untilItWorks } from "@/lib/events/listen-channel";
import { createOrderEventFollower, type RelayBatch } from "@/lib/events/order-event-follower";
import { startOrderEventRelay, startSeqAfter, type OrderEventRelay, type RelayOptions } from "@/lib/events/order-event-relay";

export interface LeadershipOptions extends Pick<RelayOptions, "pollMs" | "graceMs" | "watchMs"> {
  databaseUrl: string;
  /** Sends a batch to the other instances (which hand it to `receive`); null when there are none. */
  publish: ((batch: RelayBatch) => void) | null;
  /** To this instance's own sockets. */
  send: (rooms: string[], event: RelayedEvent["event"]) => void;
  /** How often a standby tries to become the leader (default 1.5 s). */
  lockRetryMs?: number;
  /** How long a standby goes without a leader's batch before it reads the log itself (default 3 polls). */
  leaderSilenceMs?: number;
  log: Logger;
}

export interface OrderEventLeadership {
  /** Every event up to this seq has been sent to this instance's sockets (the catch-up's bound). */
  settledSeq(): bigint;
  /** A batch another instance's leader published. */
  receive(batch: RelayBatch): void;
  /** Whether this instance reads the log now. */
  leading(): boolean;
  stop(): Promise<void>;
}

const RELAY_LOCK = "swifteats:order-event-relay";

export async function startOrderEventLeadership(options: LeadershipOptions): Promise<OrderEventLeadership> {
  const { log } = options;
  const pollMs = options.pollMs ?? 2_000;
  const leaderSilenceMs = options.leaderSilenceMs ?? 3 * pollMs;
  const follower = createOrderEventFollower({
    start: startSeqAfter(await untilItWorks(latestEventSeq, log)),
    watchMs: options.watchMs ?? 60_000,
    send: options.send,
    log,
  });

  interface Term {
    leader: string;
    n: number;
    /**
     * Reading for this instance alone, without the lock: no leader has been heard from for a
     * while (Redis away, or the leader cut off from it), so this instance's sockets would
     * otherwise wait for it. Ends when a leader's batch comes again.
     */
    alone: boolean;
    relay: OrderEventRelay | null;
    /** Whether a batch went out since the last heartbeat tick. */
    published: boolean;
  }
  let term: Term | null = null;
  let stopped = false;
  let heardAt = Date.now();
  // Taking over and stepping down one after the other: a relay is started or stopped whole.
  let changes = Promise.resolve();
  const change = (step: () => Promise<void>) => {
    changes = changes.then(step).catch((error: unknown) => log.error("order event relay leadership change failed", { error }));
  };

  function publish(current: Term, batch: Omit<RelayBatch, "leader" | "n">) {
    if (term !== current || stopped) return; // a relay still draining after it stepped down
    const numbered = { ...batch, leader: current.leader, n: ++current.n };
    current.published = true;
    if (!current.alone) {
      heardAt = Date.now();
      options.publish?.(numbered);
    }
    follower.apply(numbered);
  }

  const lead = ({ alone }: { alone: boolean }) =>
    change(async () => {
      if (stopped || (term && term.alone === alone)) return;
      await term?.relay?.stop(); // reading alone until now: the lock is had at last
      const current: Term = (term = { leader: randomUUID(), n: 0, alone, relay: null, published: false });
      if (alone) log.warn("no order event batch from a relay leader lately: reading the log for this instance", { silentMs: Date.now() - heardAt });
      else log.info("leading the order event relay", { leader: current.leader });
      current.relay = await startOrderEventRelay({
        databaseUrl: options.databaseUrl,
        pollMs,
        graceMs: options.graceMs,
        watchMs: options.watchMs,
        release: (batch) => publish(current, batch),
        log,
      });
    });

  const stepDown = (only?: { alone: boolean }) =>
    change(async () => {
      const current = term;
      if (!current || (only && current.alone !== only.alone)) return;
      term = null;
      if (!stopped) log.warn(current.alone ? "a relay leader is heard from again" : "lost the order event relay lock: no longer leading", { leader: current.leader });
      await current.relay?.stop();
    });

  const heartbeat = setInterval(() => {
    const current = term;
    // When idle, the leader still says where it is, so a follower that lost a batch notices.
    if (current?.relay && !current.alone) {
      if (!current.published) publish(current, { from: current.relay.settledSeq(), to: current.relay.settledSeq(), events: [] });
      current.published = false;
    }
    if (!current && Date.now() - heardAt > leaderSilenceMs) lead({ alone: true });
  }, pollMs);

  let lock: Awaited<ReturnType<typeof contendForLock>> | null = null;
  if (options.publish) {
    lock = await contendForLock({
      databaseUrl: options.databaseUrl,
      name: RELAY_LOCK,
      applicationName: "swifteats-relay-lock",
      retryMs: options.lockRetryMs ?? 1_500,
      onAcquired: () => lead({ alone: false }),
      onLost: () => stepDown({ alone: false }),
      log,
    });
  } else {
    lead({ alone: false });
  }

  return {
    settledSeq: () => follower.settled,
    receive: (batch) => {
      if (stopped) return;
      heardAt = Date.now();
      if (term?.alone) stepDown({ alone: true });
      follower.apply(batch);
    },
    leading: () => term !== null,
    async stop() {
      stopped = true;
      clearInterval(heartbeat);
      await lock?.stop();
      stepDown();
      await changes;
      await follower.idle();
    },
  };
}
