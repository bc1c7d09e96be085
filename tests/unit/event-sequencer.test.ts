import { describe, expect, it } from "vitest";
import { EventSequencer } from "@/lib/events/event-sequencer";

const rows = (...seqs: number[]) => seqs.map((s) => ({ seq: BigInt(s) }));
const seqsOf = (out: { seq: bigint }[]) => out.map((r) => Number(r.seq));

function sequencer(start = 10) {
  const clock = { now: 0 };
  const s = new EventSequencer<{ seq: bigint }>(BigInt(start), { graceMs: 1000, watchMs: 5000 }, () => clock.now);
  return { s, clock };
}

describe("EventSequencer (relay ordering)", () => {
  it("releases contiguous events at once and never twice", () => {
    const { s } = sequencer();
    expect(seqsOf(s.accept(rows(11, 12, 13)))).toEqual([11, 12, 13]);
    expect(seqsOf(s.accept(rows(12, 13, 14)))).toEqual([14]);
    expect(s.settled).toBe(14n);
    expect(s.readAfter).toBe(14n);
    expect(s.nextDeadline).toBeNull();
  });

  it("holds events behind a seq still in flight, then releases all in order", () => {
    const { s, clock } = sequencer();
    expect(seqsOf(s.accept(rows(11, 13, 14)))).toEqual([11]);
    expect(s.settled).toBe(11n);
    expect(s.missingSeqs).toEqual([12n]);
    expect(s.nextDeadline).toBe(1000);
    clock.now = 500;
    expect(seqsOf(s.accept(rows(12)))).toEqual([12, 13, 14]);
    expect(s.settled).toBe(14n);
    expect(s.missingSeqs).toEqual([]);
  });

  it("gives up waiting after the grace period, and still sends a late arrival once while watching", () => {
    const { s, clock } = sequencer();
    s.accept(rows(12));
    expect(seqsOf(s.release())).toEqual([]);
    clock.now = 1000;
    expect(seqsOf(s.release())).toEqual([12]);
    expect(s.settled).toBe(12n);
    expect(s.missingSeqs).toEqual([11n]);
    clock.now = 2000;
    expect(seqsOf(s.accept(rows(11, 13)))).toEqual([11, 13]);
    expect(seqsOf(s.accept(rows(11)))).toEqual([]);
  });

  it("stops looking for a missing seq after the watch period", () => {
    const { s, clock } = sequencer();
    s.accept(rows(12));
    clock.now = 5000;
    expect(seqsOf(s.release())).toEqual([12]);
    expect(s.missingSeqs).toEqual([]);
    expect(seqsOf(s.accept(rows(11)))).toEqual([]);
  });

  it("does not wait seq by seq across a huge jump", () => {
    const { s } = sequencer();
    expect(seqsOf(s.accept(rows(1_000_000)))).toEqual([1_000_000]);
    expect(s.missingSeqs).toEqual([]);
  });
});

describe("EventSequencer as a follower of a relay leader (graceMs 0, settleThrough)", () => {
  const follower = (start = 10) => {
    const clock = { now: 0 };
    return { s: new EventSequencer<{ seq: bigint }>(BigInt(start), { graceMs: 0, watchMs: 5000 }, () => clock.now), clock };
  };

  it("settles through what the leader settled, watches the seqs it skipped, and sends each seq once", () => {
    const { s, clock } = follower();
    expect(seqsOf(s.accept(rows(11, 13)))).toEqual([11, 13]);
    expect(seqsOf(s.settleThrough(15n))).toEqual([]);
    expect(s.settled).toBe(15n);
    expect(s.missingSeqs.sort()).toEqual([12n, 14n, 15n]);
    // A late arrival the leader releases, and again from another leader or a gap read: once.
    expect(seqsOf(s.accept(rows(14)))).toEqual([14]);
    expect(seqsOf(s.accept(rows(11, 13, 14)))).toEqual([]);
    // Behind its settled seq (a new leader starting further back): nothing goes out again.
    expect(seqsOf(s.settleThrough(12n))).toEqual([]);
    clock.now = 5000;
    s.release();
    expect(s.missingSeqs).toEqual([]);
    expect(seqsOf(s.accept(rows(12)))).toEqual([]);
  });
});
