import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { listNotifications } from "@/lib/admin/list-notifications";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/request";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { isAlertKind } from "@/components/admin/admin-format";
import { alertSubject } from "@/lib/monitoring/alert-message";
import { markAllRead } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("notifications.title") };
}

export default async function NotificationsPage() {
  const actor = await requireSurface("admin", "/admin/notifications");
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const notifications = await listNotifications(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <div className="restaurant-card-title">
        <h1>{t("notifications.title")}</h1>
        {unread > 0 && (
          <form action={markAllRead}>
            <button type="submit" className="button button-small button-quiet">
              {t("notifications.markRead", { count: unread })}
            </button>
          </form>
        )}
      </div>
      {notifications.length === 0 ? (
        <p className="muted">{t("notifications.empty")}</p>
      ) : (
        <ul className="list" aria-label={t("notifications.title")}>
          {notifications.map((n) => (
            <li key={n.id} className={`card${n.readAt ? "" : " unread"}`} data-testid="notification">
              {/* In the language the admin reads now; the stored subject is the one they were sent. */}
              <strong>
                {n.incident && isAlertKind(n.kind)
                  ? alertSubject(
                      n.kind,
                      { rule: n.incident.rule, severity: n.incident.severity, restaurantName: n.incident.restaurant.name, channelCode: n.incident.listing?.channel.code ?? null },
                      locale,
                    )
                  : n.subject}
              </strong>
              <p className="small muted">
                {/* In the outlet's zone when the alert is about one, like every time on the dashboard. */}
                {formatOutletTime(n.createdAt.toISOString(), n.incident?.restaurant.timeZone ?? DEFAULT_TIME_ZONE, true, locale)} · {isAlertKind(n.kind) ? t(`notifications.kind.${n.kind}`) : n.kind}
                {n.incident && (
                  <>
                    {" "}
                    · {t("notifications.incident", { state: t(`incidentState.${n.incident.state}`) })} ·{" "}
                    <Link href={`/admin/outlets/${n.incident.restaurantId}`}>{t("notifications.outletTimeline")}</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
