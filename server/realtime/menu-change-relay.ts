// Hears menu and availability changes from the database (NOTIFY menu_changes, sent on commit
// by lib/catalog/bump-menu-version.ts) on a dedicated connection. Unlike order events there
// is no log to resume from: what matters is only each outlet's latest version. So after every
// (re)LISTEN, `onListening` lets the caller re-announce the current versions of the outlets
// it has followers for, and whatever was announced while nobody listened is not lost.
import pg from "pg";
import type { Logger } from "@/lib/logger";
import { MENU_CHANGES_CHANNEL, type MenuChangeNotice } from "@/lib/catalog/bump-menu-version";
import { menuChangeNoticeSchema } from "@/lib/realtime/menu-schemas";

export interface MenuChangeRelayOptions {
  databaseUrl: string;
  onChange: (notice: MenuChangeNotice) => void;
  onListening: () => Promise<void>;
  log: Logger;
}

const MAX_RELISTEN_DELAY_MS = 15_000;

export async function startMenuChangeRelay(options: MenuChangeRelayOptions): Promise<{ stop(): Promise<void> }> {
  const { log } = options;
  let stopped = false;
  let listener: pg.Client | null = null;
  let relistenTimer: NodeJS.Timeout | undefined;
  let relistenDelayMs = 500;

  function onNotification(message: pg.Notification) {
    let payload: unknown;
    try {
      payload = JSON.parse(message.payload ?? "");
    } catch {
      payload = null;
    }
    const notice = menuChangeNoticeSchema.safeParse(payload);
    if (notice.success) options.onChange(notice.data);
    else log.warn("ignoring a malformed menu change notice", { payload: message.payload });
  }

  function relisten(client: pg.Client) {
    if (listener !== client || stopped) return; // already handled ('error' and 'end' both come)
    listener = null;
    void client.end().catch(() => undefined);
    relistenTimer = setTimeout(() => void listen(), relistenDelayMs);
    relistenDelayMs = Math.min(relistenDelayMs * 2, MAX_RELISTEN_DELAY_MS);
  }

  async function listen() {
    const client = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true, application_name: "swifteats-menu-relay" });
    listener = client;
    client.on("notification", onNotification);
    client.on("error", (error) => {
      log.warn("menu relay LISTEN connection failed", { error });
      relisten(client);
    });
    client.on("end", () => relisten(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${MENU_CHANGES_CHANNEL}`);
      relistenDelayMs = 500;
    } catch (error) {
      if (listener === client) log.warn("menu relay cannot LISTEN; retrying", { error, delayMs: relistenDelayMs });
      relisten(client);
      return;
    }
    await options.onListening().catch((error: unknown) => log.error("menu relay resync failed", { error }));
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
