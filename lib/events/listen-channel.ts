// LISTEN on PostgreSQL channels through one dedicated connection per process and database,
// shared by every channel the process follows. PostgreSQL wakes every backend that LISTENs in
// a database on each NOTIFY committed there, whatever its channel (async.c, SignalBackends):
// measured here, each idle listening connection costs ~35 µs of database CPU per NOTIFY
// (0.07 → 0.32 ms per NOTIFY with 8 of them on other channels). With a connection per channel
// every relay of every instance paid that on every order event; now each process pays it once.
//
// The connection comes back by itself: on an error or a drop it reconnects with exponential
// backoff, LISTENs again on every channel followed, and calls each follower's `onListening`,
// so the caller can catch up on whatever was announced while nobody listened (NOTIFY is not
// queued for absent listeners).
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
  onNotification: (message: pg.Notification) => void;
  onListening: () => void | Promise<void>;
  /** The connection is gone: notices may be missed until the next `onListening`. */
  onLost?: () => void;
  log: Logger;
}

/** Shown in pg_stat_activity for the shared connection. */
export const LISTEN_APPLICATION_NAME = "swifteats-listen";
const FIRST_RELISTEN_DELAY_MS = 500;
export const MAX_RELISTEN_DELAY_MS = 15_000;

interface Follower extends ListenOptions {
  /** Resolves once the first attempt to LISTEN for this follower has ended, well or not. */
  settle: () => void;
}

interface SharedListener {
  followers: Set<Follower>;
  client: pg.Client | null;
  /** Statements on the connection, one at a time (pg does not queue them itself any more). */
  queue: Promise<unknown>;
  relistenTimer?: NodeJS.Timeout;
  relistenDelayMs: number;
}

const listeners = new Map<string, SharedListener>();

const channelsOf = (shared: SharedListener) => new Set([...shared.followers].map((f) => f.channel));

function onQueue<T>(shared: SharedListener, step: () => Promise<T>): Promise<T> {
  const result = shared.queue.then(step);
  shared.queue = result.catch(() => undefined);
  return result;
}

async function catchUp(follower: Follower) {
  await Promise.resolve(follower.onListening()).catch((error: unknown) => follower.log.error("catch-up after LISTEN failed", { channel: follower.channel, error }));
}

function relisten(databaseUrl: string, shared: SharedListener, client: pg.Client) {
  if (shared.client !== client) return; // already handled ('error' and 'end' both come)
  shared.client = null;
  for (const follower of shared.followers) follower.onLost?.();
  void client.end().catch(() => undefined);
  if (shared.followers.size === 0) return;
  shared.relistenTimer = setTimeout(() => void connect(databaseUrl, shared), shared.relistenDelayMs);
  shared.relistenDelayMs = Math.min(shared.relistenDelayMs * 2, MAX_RELISTEN_DELAY_MS);
}

/** Opens the shared connection and LISTENs on every channel followed; then every follower catches up. */
async function connect(databaseUrl: string, shared: SharedListener) {
  const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true, application_name: LISTEN_APPLICATION_NAME });
  shared.client = client;
  const log = [...shared.followers][0]?.log;
  client.on("notification", (message) => {
    for (const follower of shared.followers) if (follower.channel === message.channel) follower.onNotification(message);
  });
  client.on("error", (error) => {
    log?.warn("LISTEN connection failed", { error });
    relisten(databaseUrl, shared, client);
  });
  client.on("end", () => relisten(databaseUrl, shared, client));
  const followers = [...shared.followers];
  try {
    await onQueue(shared, async () => {
      await client.connect();
      for (const channel of channelsOf(shared)) await client.query(`LISTEN ${channel}`);
    });
    shared.relistenDelayMs = FIRST_RELISTEN_DELAY_MS;
  } catch (error) {
    if (shared.client === client) log?.warn("cannot LISTEN; retrying", { error, delayMs: shared.relistenDelayMs });
    relisten(databaseUrl, shared, client);
    for (const follower of followers) follower.settle();
    return;
  }
  await Promise.all(followers.map(catchUp));
  for (const follower of followers) follower.settle();
}

/** Follows `channel`; resolves once the first attempt to LISTEN has ended (it keeps retrying after a failure). */
export async function listenChannel(options: ListenOptions): Promise<{ stop(): Promise<void> }> {
  let shared = listeners.get(options.databaseUrl);
  const first = !shared;
  if (!shared) {
    shared = { followers: new Set(), client: null, queue: Promise.resolve(), relistenDelayMs: FIRST_RELISTEN_DELAY_MS };
    listeners.set(options.databaseUrl, shared);
  }
  const listener = shared;
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const follower: Follower = { ...options, settle };
  listener.followers.add(follower);

  if (first) {
    await connect(options.databaseUrl, listener);
  } else if (listener.client) {
    // Up (or connecting: the LISTEN waits behind the connect on the queue).
    const client = listener.client;
    try {
      await onQueue(listener, () => client.query(`LISTEN ${options.channel}`));
      await catchUp(follower);
    } catch {
      // The connection failed meanwhile: its reconnect LISTENs for this follower too.
    }
    settle();
  } else {
    settle(); // between attempts: the next one LISTENs for this follower too
  }
  await settled;

  return {
    async stop() {
      if (!listener.followers.delete(follower)) return;
      const client = listener.client;
      if (listener.followers.size === 0) {
        listeners.delete(options.databaseUrl);
        clearTimeout(listener.relistenTimer);
        listener.client = null;
        await onQueue(listener, () => client?.end() ?? Promise.resolve()).catch(() => undefined);
      } else if (client && !channelsOf(listener).has(options.channel)) {
        await onQueue(listener, () => client.query(`UNLISTEN ${options.channel}`)).catch(() => undefined);
      }
    },
  };
}

/** How many followers of `channel` this process has on `databaseUrl` (how many relays run). */
export const followersOf = (databaseUrl: string, channel: string) => [...(listeners.get(databaseUrl)?.followers ?? [])].filter((f) => f.channel === channel).length;

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
