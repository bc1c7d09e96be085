// Bounded load generation: a fixed number of workers, stopped by a request count or a
// deadline, whichever comes first. Only ever aimed at 127.0.0.1.

export interface LoadResult {
  latenciesMs: number[];
  ok: number;
  failed: number;
  statuses: Record<number, number>;
  elapsedMs: number;
}

export async function runLoad(opts: {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  request: (i: number) => Promise<Response>;
}): Promise<LoadResult> {
  const result: LoadResult = { latenciesMs: [], ok: 0, failed: 0, statuses: {}, elapsedMs: 0 };
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < opts.maxRequests && performance.now() - start < opts.maxMs) {
      const i = next++;
      const t0 = performance.now();
      try {
        const res = await opts.request(i);
        await res.arrayBuffer();
        result.latenciesMs.push(performance.now() - t0);
        result.statuses[res.status] = (result.statuses[res.status] ?? 0) + 1;
        if (res.ok) result.ok++;
        else result.failed++;
      } catch {
        result.failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  result.elapsedMs = performance.now() - start;
  return result;
}

/** A command-line option that must be an integer in 1..max. */
export function intOption(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be an integer in 1..${max}`);
  return n;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(name: string, r: LoadResult) {
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  return {
    name,
    requests: r.latenciesMs.length,
    ok: r.ok,
    failed: r.failed,
    statuses: r.statuses,
    perSecond: Number(((r.ok / r.elapsedMs) * 1000).toFixed(1)),
    perMinute: Math.round((r.ok / r.elapsedMs) * 60_000),
    p50: fmt(percentile(r.latenciesMs, 50)),
    p99: fmt(percentile(r.latenciesMs, 99)),
    max: fmt(Math.max(...r.latenciesMs)),
  };
}
