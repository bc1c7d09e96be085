// Relays live events (lib/events: incidents, listing and outlet status changes) from the
// database to the chain monitoring rooms. The log is the source of truth: a NOTIFY only
// means "read again", so notifications lost while the LISTEN connection was down cost
// nothing; a poll covers whatever no notification announced. Reads go by transaction
// horizon (lib/events/read-live-events.ts) and overlap: what was sent is remembered by seq
// until the horizon passes it, so nothing is sent twice and nothing committed late is skipped.
import type { Logger } from "@/lib/logger";
import { LIVE_EVENTS_CHANNEL } from "@/lib/events/publish-live-event";
import { listLiveEventsSince, type ReadLiveEvent } from "@/lib/events/read-live-events";
import { readTransactionHorizon } from "@/lib/events/transaction-horizon";
import { listenChannel, untilItWorks } from "@/lib/events/listen-channel";
import { serialReads } from "@/lib/events/serial-reads";

export interface LiveEventRelayOptions {
  databaseUrl: string;
  send: (event: ReadLiveEvent) => void;
  log: Logger;
  pollMs?: number;
}

const BATCH = 500;

export async function startLiveEventRelay(options: LiveEventRelayOptions): Promise<{ stop(): Promise<void> }> {
  const { log } = options;
  // Sockets that join later catch up by themselves: start from now.
  let cursor = await untilItWorks(readTransactionHorizon, log);
  /** seq → txid of what was sent and may be read again (txid at or above the cursor). */
  const sent = new Map<string, bigint>();
  let stopped = false;

  async function drain() {
    let afterSeq = 0n;
    let next = cursor;
    for (;;) {
      const page = await listLiveEventsSince({ since: cursor, afterSeq, limit: BATCH });
      if (afterSeq === 0n) next = page.cursor;
      for (const event of page.events) {
        if (stopped || sent.has(event.seq)) continue;
        sent.set(event.seq, event.txid);
        options.send(event);
      }
      if (!page.hasMore || stopped) break;
      afterSeq = BigInt(page.events.at(-1)!.seq);
    }
    cursor = next;
    for (const [seq, txid] of sent) if (txid < cursor) sent.delete(seq);
  }

  const reads = serialReads(drain, { log });
  const listening = await listenChannel({
    databaseUrl: options.databaseUrl,
    channel: LIVE_EVENTS_CHANNEL,
    onNotification: () => reads.request(),
    onListening: () => reads.request(), // whatever committed while nobody listened
    log,
  });
  const poll = setInterval(() => reads.request(), options.pollMs ?? 2_000);

  return {
    async stop() {
      stopped = true;
      clearInterval(poll);
      await listening.stop();
      await reads.stop();
    },
  };
}
