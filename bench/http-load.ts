// Bounded HTTP load for `npm run bench -- compare`: a fixed number of keep-alive connections
// to 127.0.0.1, each sending its next GET as soon as the previous answer has been read (so
// the offered load follows the server; concurrency is the bound). Every complete answer
// counts, by status: a side may measure an intended 400 or 304.
import http from "node:http";
import { percentile } from "./load";

export interface HttpLoadFigures {
  perSecond: number;
  answers: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
  errors: number;
}

export interface HttpLoad {
  measure(seconds: number): Promise<HttpLoadFigures>;
  stop(): Promise<void>;
}

export function startHttpLoad({ url, concurrency, headers = {} }: { url: string; concurrency: number; headers?: Record<string, string> }): HttpLoad {
  const target = new URL(url);
  if (target.hostname !== "127.0.0.1") throw new Error("the load generator only aims at 127.0.0.1");
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let running = true;
  let latencies: number[] = [];
  let statuses: Record<number, number> = {};
  let errors = 0;

  const once = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers }, (res) => {
        res.on("data", () => undefined);
        res.on("end", () => {
          latencies.push(performance.now() - t0);
          statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
          resolve();
        });
        res.on("error", () => {
          errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        // A refused connection would spin: back off a little.
        setTimeout(resolve, 50);
      });
    });
  const workers = Array.from({ length: concurrency }, async () => {
    while (running) await once();
  });

  return {
    async measure(seconds) {
      latencies = [];
      statuses = {};
      errors = 0;
      const start = performance.now();
      await new Promise((r) => setTimeout(r, seconds * 1000));
      const elapsed = (performance.now() - start) / 1000;
      const window = latencies;
      return {
        perSecond: Math.round(window.length / elapsed),
        answers: window.length,
        p50: percentile(window, 50),
        p99: percentile(window, 99),
        statuses: { ...statuses },
        errors,
      };
    },
    async stop() {
      running = false;
      await Promise.all(workers);
      agent.destroy();
    },
  };
}
