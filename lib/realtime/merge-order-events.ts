import type { OrderEventMessage } from "@/lib/realtime/events";

const bySeq = (a: OrderEventMessage, b: OrderEventMessage) => {
  const [x, y] = [BigInt(a.seq), BigInt(b.seq)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * `known` plus whatever in `incoming` is new, one event per seq, oldest first. Returns
 * `known` itself when nothing is new, so React state does not change for a repeat.
 */
export function mergeOrderEvents(known: readonly OrderEventMessage[], incoming: readonly OrderEventMessage[]): readonly OrderEventMessage[] {
  const seen = new Set(known.map((e) => e.seq));
  const fresh = new Map<string, OrderEventMessage>();
  for (const event of incoming) if (!seen.has(event.seq)) fresh.set(event.seq, event);
  if (fresh.size === 0) return known;
  return [...known, ...fresh.values()].sort(bySeq);
}

/** The highest seq among the events, or `floor` when none is higher. */
export function highestSeq(events: readonly OrderEventMessage[], floor = 0n): bigint {
  return events.reduce((max, e) => (BigInt(e.seq) > max ? BigInt(e.seq) : max), floor);
}
