// What search keeps in memory per 0.05° cell (matches per query, dishes per query and outlet):
// entries grouped under their cell, so a cell's notice (cell-notices.ts) drops all of them at
// once. The TTL (per cell, spread so cells loaded together are not reloaded together) and the
// entry bound (the oldest cells go first) only limit memory; notices keep entries current.
import { followNotices } from "@/lib/catalog/cell-notices";

export interface KeptPerCell<V> {
  get(cell: string, key: string, now: number): V | undefined;
  set(cell: string, key: string, value: V, now: number): void;
}

interface CellsState<V> {
  cells: Map<string, { expires: number; entries: Map<string, V> }>;
  size: number;
}

/** One store per `slot` per process (on globalThis: Next.js bundles route handlers and pages apart). */
export function keptPerCell<V>(slot: string, ttlMs: number, maxEntries: number): KeptPerCell<V> {
  const shared = globalThis as unknown as Record<string, CellsState<V> | undefined>;
  const name = `swiftEatsKeptPerCell:${slot}`;
  let state = shared[name];
  if (!state) {
    const created: CellsState<V> = (state = shared[name] = { cells: new Map(), size: 0 });
    followNotices({
      forget: (cell) => {
        created.size -= created.cells.get(cell)?.entries.size ?? 0;
        created.cells.delete(cell);
      },
      forgetAll: () => {
        created.cells.clear();
        created.size = 0;
      },
    });
  }
  const cells = state;

  return {
    get(cell, key, now) {
      const kept = cells.cells.get(cell);
      return kept && now < kept.expires ? kept.entries.get(key) : undefined;
    },
    set(cell, key, value, now) {
      while (cells.size >= maxEntries) {
        const [oldest, { entries }] = cells.cells.entries().next().value!;
        cells.size -= entries.size;
        cells.cells.delete(oldest);
      }
      let kept = cells.cells.get(cell);
      if (!kept || now >= kept.expires) {
        cells.size -= kept?.entries.size ?? 0;
        cells.cells.delete(cell);
        cells.cells.set(cell, (kept = { expires: now + ttlMs * (0.75 + Math.random() / 4), entries: new Map() }));
      }
      if (!kept.entries.has(key)) cells.size += 1;
      kept.entries.set(key, value);
    },
  };
}
