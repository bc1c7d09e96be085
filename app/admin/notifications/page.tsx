import type { Metadata } from "next";
import Link from "next/link";
import { requireSurface } from "@/lib/auth/session";
import { listNotifications } from "@/lib/admin/list-notifications";
import { markAllRead } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const actor = await requireSurface("admin", "/admin/notifications");
  const notifications = await listNotifications(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <div className="restaurant-card-title">
        <h1>Notifications</h1>
        {unread > 0 && (
          <form action={markAllRead}>
            <button type="submit" className="button button-small button-quiet">
              Mark {unread} as read
            </button>
          </form>
        )}
      </div>
      {notifications.length === 0 ? (
        <p className="muted">No alerts yet. They appear here when an incident opens, stays open too long, or resolves.</p>
      ) : (
        <ul className="list" aria-label="Notifications">
          {notifications.map((n) => (
            <li key={n.id} className={`card${n.readAt ? "" : " unread"}`} data-testid="notification">
              <strong>{n.subject}</strong>
              <p className="small muted">
                {n.createdAt.toLocaleString("en-GB")} · {n.kind}
                {n.incident && (
                  <>
                    {" "}
                    · incident {n.incident.state.toLowerCase()} · <Link href={`/admin/outlets/${n.incident.restaurantId}`}>outlet timeline</Link>
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
