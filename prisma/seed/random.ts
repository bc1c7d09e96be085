// Seeded randomness for the seeds: the same seed gives the same data on every machine, so
// demo screenshots, tests and benchmark runs can be compared. Never Math.random here.

export type Random = () => number;

/** mulberry32: a 32-bit state generator, uniform in [0, 1); fast and plenty for fake data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A float in [min, max) rounded to `decimals` places. */
export function floatBetween(random: Random, min: number, max: number, decimals: number): number {
  return Number((min + random() * (max - min)).toFixed(decimals));
}

export function pick<T>(random: Random, list: readonly T[]): T {
  if (list.length === 0) throw new Error("pick() from an empty list");
  return list[Math.floor(random() * list.length)]!;
}

/** FNV-1a: turns a name into a seed, so each restaurant's numbers do not shift when
 *  another restaurant is added to the catalog. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
