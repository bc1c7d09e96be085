// A dedicated PostgreSQL connection that LISTENs on one channel and comes back by itself:
// on an error or a dropped connection it reconnects with exponential backoff, and after
// every (re)LISTEN calls `onListening`, so the caller can catch up on whatever was
// announced while nobody listened (NOTIFY is not queued for absent listeners).
import pg from "pg";
import type { z } from "zod";
import type { Logger } from "@/lib/logger";

/** A NOTIFY payload checked against its schema; null (logged) when it is not JSON or not that shape. */
export function parseNotice<T>(message: pg.Notification, schema: z.ZodType<T>, log: Logger, what: string): T | null {
  let json: unknown = null;
  try {
    json = JSON.parse(message.payload ?? "");
  } catch {
    // falls through to the schema, which rejects null
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  log.warn(`ignoring a malformed ${what}`, { channel: message.channel, payload: message.payload });
  return null;
}

export interface ListenOptions {
  databaseUrl: string;
  channel: string;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  onNotification: (message: pg.Notification) => void;
  onListening: () => void | Promise<void>;
  /** The connection is gone: notices may be missed until the next `onListening`. */
  onLost?: () => void;
  log: Logger;
}

const FIRST_RELISTEN_DELAY_MS = 500;
export const MAX_RELISTEN_DELAY_MS = 15_000;

export async function listenChannel(options: ListenOptions): Promise<{ stop(): Promise<void> }> {
  const { log, channel } = options;
  let stopped = false;
  let listener: pg.Client | null = null;
  let relistenTimer: NodeJS.Timeout | undefined;
  let relistenDelayMs = FIRST_RELISTEN_DELAY_MS;

  function relisten(client: pg.Client) {
    if (listener !== client || stopped) return; // already handled ('error' and 'end' both come)
    listener = null;
    options.onLost?.();
    void client.end().catch(() => undefined);
    relistenTimer = setTimeout(() => void listen(), relistenDelayMs);
    relistenDelayMs = Math.min(relistenDelayMs * 2, MAX_RELISTEN_DELAY_MS);
  }

  async function listen() {
    const client = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true, application_name: options.applicationName });
    listener = client;
    client.on("notification", options.onNotification);
    client.on("error", (error) => {
      log.warn("LISTEN connection failed", { channel, error });
      relisten(client);
    });
    client.on("end", () => relisten(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
      relistenDelayMs = FIRST_RELISTEN_DELAY_MS;
    } catch (error) {
      if (listener === client) log.warn("cannot LISTEN; retrying", { channel, error, delayMs: relistenDelayMs });
      relisten(client);
      return;
    }
    await Promise.resolve(options.onListening()).catch((error: unknown) => log.error("catch-up after LISTEN failed", { channel, error }));
  }

  await listen();
  return {
    async stop() {
      stopped = true;
      clearTimeout(relistenTimer);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}

/** Retries `attempt` with backoff until it succeeds (the database may not be up yet). */
export async function untilItWorks<T>(attempt: () => Promise<T>, log: Logger): Promise<T> {
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, MAX_RELISTEN_DELAY_MS)) {
    try {
      return await attempt();
    } catch (error) {
      log.warn("cannot read the database yet; retrying", { error, delayMs });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
