// The notices that keep what web processes hold in memory about the catalog honest: triggers
// NOTIFY `browse_cells` on commit with the 0.05° cell ("lat:lng" of floor(deg * 20)) of any
// change to what browse or search shows (migrations 20261204151500_browse_cell_notices and
// 20261204190000_search_cell_notices), or `vocabulary` when search words or synonyms change.
// One follower per process on the shared LISTEN connection fans each notice out to the
// stores (browse cells, search cells, kept word expansions).
//
// A store keeps what it read only while the connection is up (notices are not queued for
// absent listeners), and only if no notice for its key came while it was reading: it takes
// `marksOf(keys)` before the read and asks `unchangedSince(marks)` after it.
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { listenChannel } from "@/lib/events/listen-channel";

const log = createLogger("cell-notices");

/** Cells per degree; the triggers compute the same `floor(deg * 20)`. */
export const CELLS_PER_DEGREE = 20;
const CHANNEL = "browse_cells";
/** The key of the search vocabulary (search_terms, search_synonyms) in notices. */
export const VOCABULARY_KEY = "vocabulary";

export const cellIndex = (degrees: number) => Math.floor(degrees * CELLS_PER_DEGREE);
export const cellKey = (latIndex: number, lngIndex: number) => `${latIndex}:${lngIndex}`;

export interface NoticeFollower {
  /** A notice named `key`: drop what was read for it. */
  forget(key: string): void;
  /** Notices may have been missed (connection lost, or back): drop everything. */
  forgetAll(): void;
}

interface NoticesState {
  /** Bumped for a key by each notice naming it, and for all by `epoch` when the connection changes. */
  generations: Map<string, number>;
  epoch: number;
  listening: boolean;
  started: boolean;
  followers: Set<NoticeFollower>;
}

// On globalThis: Next.js bundles route handlers and pages separately; one follower per process.
const shared = globalThis as unknown as { swiftEatsCellNotices?: NoticesState };
const state: NoticesState = (shared.swiftEatsCellNotices ??= { generations: new Map(), epoch: 0, listening: false, started: false, followers: new Set() });

function forget(key: string) {
  state.generations.set(key, (state.generations.get(key) ?? 0) + 1);
  for (const follower of state.followers) follower.forget(key);
}

function forgetAll() {
  state.generations.clear();
  state.epoch += 1;
  for (const follower of state.followers) follower.forgetAll();
}

/** Registers a store (once per process: pass the store kept on globalThis). */
export function followNotices(follower: NoticeFollower) {
  state.followers.add(follower);
}

function ensureListening() {
  if (state.started) return;
  state.started = true;
  void listenChannel({
    databaseUrl: env.DATABASE_LISTEN_URL ?? env.DATABASE_URL,
    channel: CHANNEL,
    onNotification: (message) => forget(message.payload ?? ""),
    onListening: () => {
      forgetAll();
      state.listening = true;
    },
    onLost: () => {
      state.listening = false;
      forgetAll();
    },
    log,
  });
}

/** True while notices are heard, so what is read may be kept. Starts listening on first use. */
export function noticesHeard(): boolean {
  ensureListening();
  return state.listening;
}

export interface Marks {
  epoch: number;
  generations: number[];
}

/** Taken before reading: a notice that arrives meanwhile may describe a write the read missed. */
export function marksOf(keys: readonly string[]): Marks {
  return { epoch: state.epoch, generations: keys.map((key) => state.generations.get(key) ?? 0) };
}

/** Whether what was read for `keys[n]` may be kept: still listening, and no notice for it since `marks`. */
export function unchangedSince(marks: Marks, keys: readonly string[], n: number): boolean {
  return state.listening && marks.epoch === state.epoch && (state.generations.get(keys[n]!) ?? 0) === marks.generations[n];
}
