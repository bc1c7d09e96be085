// Reads of per-cell data already under way, joined by the requests that need the same cells at
// once (browse-cells.ts, search-cells.ts): a cell some read is loading is waited for, the others
// are read together in one new load, registered under their ids until it settles.

/** The load each key's value comes from, in `keys` order: those under way first, then the new one's. */
export function joinLoads<T>(inFlight: Map<string, Promise<T>>, keys: readonly string[], load: (keys: string[]) => Promise<T>, idOf: (key: string) => string = (key) => key): Map<string, Promise<T>> {
  const joined = new Map<string, Promise<T>>();
  const missing = keys.filter((key) => {
    const underWay = inFlight.get(idOf(key));
    if (underWay) joined.set(key, underWay);
    return !underWay;
  });
  if (missing.length > 0) {
    const started = load(missing);
    for (const key of missing) {
      joined.set(key, started);
      inFlight.set(idOf(key), started);
    }
    // Settled either way, it is no longer under way (the readers see its failure themselves).
    const forget = () => {
      for (const key of missing) if (inFlight.get(idOf(key)) === started) inFlight.delete(idOf(key));
    };
    started.then(forget, forget);
  }
  return joined;
}
