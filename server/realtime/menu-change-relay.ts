// Hears menu and availability changes from the database (NOTIFY menu_changes, sent on commit
// by lib/catalog/bump-menu-version.ts) on a dedicated connection. Unlike order events there
// is no log to resume from: what matters is only each outlet's latest version. So after every
// (re)LISTEN, `onListening` lets the caller re-announce the current versions of the outlets
// it has followers for, and whatever was announced while nobody listened is not lost.
import type { Logger } from "@/lib/logger";
import { MENU_CHANGES_CHANNEL, type MenuChangeNotice } from "@/lib/catalog/bump-menu-version";
import { menuChangeNoticeSchema } from "@/lib/realtime/menu-schemas";
import { listenChannel, parseNotice } from "@/lib/events/listen-channel";

export interface MenuChangeRelayOptions {
  databaseUrl: string;
  onChange: (notice: MenuChangeNotice) => void;
  onListening: () => Promise<void>;
  log: Logger;
}

export function startMenuChangeRelay(options: MenuChangeRelayOptions): Promise<{ stop(): Promise<void> }> {
  const { log } = options;
  return listenChannel({
    databaseUrl: options.databaseUrl,
    channel: MENU_CHANGES_CHANNEL,
    onNotification(message) {
      const notice = parseNotice(message, menuChangeNoticeSchema, log, "menu change notice");
      if (notice) options.onChange(notice);
    },
    onListening: options.onListening,
    log,
  });
}
