// Puts the order events the relay reads back into seq order before they are sent.
//
// A seq is taken when a transaction inserts its event, but transactions commit in their own
// order: seq 11 can be readable while seq 10 is still in flight (or rolled back, leaving a
// hole for good). Sending 11 at once would let a client hold cursor 11, miss 10 during a
// reconnect, and resubscribe after 11: 10 would never reach it. So an event waits behind a
// missing seq until that seq shows up or its grace period ends. Everything at or below
// `settled` is then final and has been released, which is what makes a client's highest
// seq a safe place to resume from. A missing seq that turns up after its grace period is
// still released (late, out of order; clients sort by seq) while it is being watched.

export interface SequencerTimings {
  /** How long events wait behind a missing seq (longer than a transaction's commit takes). */
  graceMs: number;
  /** How long a missing seq is looked for at all (longer than any transaction lives). */
  watchMs: number;
}

/** Jumps larger than this are not waited for seq by seq (a sequence reset or restored backup). */
const MAX_TRACKED_JUMP = 1000n;

const compare = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

export class EventSequencer<T extends { seq: bigint }> {
  private lastSeen: bigint;
  private settledSeq: bigint;
  /** Read, but behind a missing seq. */
  private readonly held = new Map<bigint, T>();
  /** Seqs skipped by a read → when that read happened. */
  private readonly missing = new Map<bigint, number>();
  /** The missing seq `settled` is waiting for, if any. */
  private blockedBy: bigint | null = null;

  constructor(
    start: bigint,
    private readonly timings: SequencerTimings,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSeen = start;
    this.settledSeq = start;
  }

  /** The next read asks for every seq above this one… */
  get readAfter(): bigint {
    return this.lastSeen;
  }

  /** …and for these, below it. */
  get missingSeqs(): bigint[] {
    return [...this.missing.keys()];
  }

  /** Every event with a seq up to this one has been released, or is given up on. */
  get settled(): bigint {
    return this.settledSeq;
  }

  /** When the missing seq `settled` waits for stops being waited for (null: not waiting). */
  get nextDeadline(): number | null {
    return this.blockedBy === null ? null : this.missing.get(this.blockedBy)! + this.timings.graceMs;
  }

  /** Takes what a read returned; returns the events to send now, in the order to send them. */
  accept(rows: readonly T[]): T[] {
    const now = this.now();
    const late: T[] = [];
    for (const row of [...rows].sort((a, b) => compare(a.seq, b.seq))) {
      if (row.seq > this.lastSeen) {
        if (row.seq - this.lastSeen <= MAX_TRACKED_JUMP) {
          for (let seq = this.lastSeen + 1n; seq < row.seq; seq++) this.missing.set(seq, now);
        }
        this.lastSeen = row.seq;
        this.held.set(row.seq, row);
      } else if (this.missing.delete(row.seq)) {
        if (row.seq > this.settledSeq) this.held.set(row.seq, row);
        else late.push(row);
      }
      // Anything else was read before (reads overlap on purpose): never send it twice.
    }
    return [...late, ...this.release()];
  }

  /**
   * Everything up to `seq` is final elsewhere (a relay leader settled it; see
   * order-event-follower.ts): seqs up to it not seen yet count as missing from now, so with
   * no grace period they are given up at once and still watched for a late arrival.
   */
  settleThrough(seq: bigint): T[] {
    if (seq > this.lastSeen) {
      const now = this.now();
      if (seq - this.lastSeen <= MAX_TRACKED_JUMP) {
        for (let missed = this.lastSeen + 1n; missed <= seq; missed++) this.missing.set(missed, now);
      }
      this.lastSeen = seq;
    }
    return this.release();
  }

  /** Moves `settled` up past what was read and past expired gaps; returns what that frees. */
  release(): T[] {
    const now = this.now();
    const freed: T[] = [];
    const ahead = [...this.held.keys(), ...this.missing.keys()].filter((seq) => seq > this.settledSeq).sort(compare);
    this.blockedBy = null;
    for (const seq of ahead) {
      const row = this.held.get(seq);
      if (row) {
        this.held.delete(seq);
        freed.push(row);
      } else if (now - this.missing.get(seq)! < this.timings.graceMs) {
        this.blockedBy = seq;
        break;
      }
    }
    this.settledSeq = this.blockedBy === null ? this.lastSeen : this.blockedBy - 1n;
    for (const [seq, missedAt] of this.missing) {
      if (seq <= this.settledSeq && now - missedAt >= this.timings.watchMs) this.missing.delete(seq);
    }
    return freed;
  }
}
