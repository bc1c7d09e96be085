"use client";
// The latest menu edits: who changed what, when (on the outlet's clock).
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { requestJson } from "@/lib/api/request-json";
import type { Messages } from "@/lib/i18n/catalogues";
import { menuApi, menuChangesKey, type MenuChangeJson } from "./menu-editor-keys";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { describeMenuChange } from "./describe-menu-change";

/** The log's actions ("item.updated") as catalogue keys ("item_updated"): keys cannot hold dots. */
type ActionKey = keyof Messages["menuAdmin"]["log"]["actions"];
const actionKey = (action: string) => `log.actions.${action.replaceAll(".", "_") as ActionKey}` as const;

export function MenuChangeLog({ restaurantId, timeZone }: { restaurantId: string; timeZone: string }) {
  const t = useTranslations("menuAdmin");
  const locale = useLocale();
  const { data } = useQuery({
    queryKey: menuChangesKey(restaurantId),
    queryFn: () => requestJson<{ changes: MenuChangeJson[] }>(`${menuApi(restaurantId)}/changes`),
  });
  return (
    <section className="card" aria-labelledby="menu-admin-log-title">
      <h2 id="menu-admin-log-title">{t("log.title")}</h2>
      {!data ? (
        <p className="muted">{t("log.loading")}</p>
      ) : data.changes.length === 0 ? (
        <p className="muted">{t("log.empty")}</p>
      ) : (
        <ol className="avail-log">
          {data.changes.map((c) => (
            <li key={c.id}>
              <time dateTime={c.createdAt}>{formatOutletTime(c.createdAt, timeZone, true, locale)}</time>
              <span>
                <strong>{t.has(actionKey(c.action)) ? t(actionKey(c.action)) : c.action}</strong> {describeMenuChange(t, locale, c.changes)} ·{" "}
                {c.actorName ?? t("log.someoneGone")} · {t("log.version", { version: c.menuVersion })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
