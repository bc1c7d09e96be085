// Contends for a PostgreSQL session advisory lock on a dedicated connection: tries it every
// `retryMs` until it is had, then holds it for as long as that connection lives. PostgreSQL
// frees the lock when the session ends (the holder stopped, was killed, or lost the network),
// which is how another contender learns it may take over: no lease to renew, no clock.
import pg from "pg";
import type { Logger } from "@/lib/logger";

export interface LockOptions {
  databaseUrl: string;
  /** The lock's name (hashed to its key): one per thing that must have a single holder. */
  name: string;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  retryMs: number;
  onAcquired: () => void;
  /** The connection holding the lock is gone: so is the lock (someone else may hold it already). */
  onLost: () => void;
  log: Logger;
}

export async function contendForLock(options: LockOptions): Promise<{ stop(): Promise<void> }> {
  let stopped = false;
  let client: pg.Client | null = null;
  let held = false;
  let failing = false;
  let retryTimer: NodeJS.Timeout | undefined;

  // One attempt at a time: a failed try and the end of its connection both ask for the next.
  const retry = () => {
    clearTimeout(retryTimer);
    if (!stopped) retryTimer = setTimeout(() => void attempt(), options.retryMs);
  };

  function drop(gone: pg.Client) {
    if (client !== gone) return; // already handled ('error' and 'end' both come)
    client = null;
    void gone.end().catch(() => undefined);
    if (held) {
      held = false;
      options.onLost();
    }
    retry();
  }

  async function attempt() {
    if (stopped) return;
    let current = client;
    try {
      if (!current) {
        current = client = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true, application_name: options.applicationName });
        const connecting = current;
        current.on("error", (error) => {
          if (!failing) options.log.warn("advisory lock connection failed", { lock: options.name, error });
          failing = true;
          drop(connecting);
        });
        current.on("end", () => drop(connecting));
        await current.connect();
      }
      const { rows } = await current.query<{ got: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS got", [options.name]);
      if (client !== current || stopped) return;
      failing = false;
      if (rows[0]?.got) {
        held = true;
        options.onAcquired();
        return;
      }
    } catch (error) {
      if (client === current && current) {
        // Once per outage, not once per retry.
        if (!failing) options.log.warn("cannot try the advisory lock; retrying", { lock: options.name, error, retryMs: options.retryMs });
        failing = true;
        drop(current);
      }
      return;
    }
    retry();
  }

  await attempt();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = null;
      held = false;
      await current?.end().catch(() => undefined);
    },
  };
}
