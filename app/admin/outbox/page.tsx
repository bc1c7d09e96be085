import type { Metadata } from "next";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { requireSurface } from "@/lib/auth/session";
import { listCapturedEmails } from "@/lib/admin/list-captured-emails";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/request";
import { formatOutletTime } from "@/lib/time/format-outlet-time";
import { isAlertKind } from "@/components/admin/admin-format";
import type { AdminSearchParams } from "../chain-from-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("outbox.title") };
}

const filterSchema = z.object({ incident: z.uuid().optional() });

export default async function OutboxPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/outbox");
  const [t, tKind, locale] = await Promise.all([getTranslations("admin.outbox"), getTranslations("admin.notifications.kind"), getLocale()]);
  const filter = filterSchema.safeParse(await searchParams);
  const incidentId = filter.success ? filter.data.incident : undefined;
  const emails = await listCapturedEmails(actor, { incidentId });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted small">
        {actor.role === "CHAIN_ADMIN" ? t("introForYou") : t("intro")}
        {incidentId && ` ${t("oneIncident")}`}
      </p>
      {!filter.success && <p className="form-error">{t("invalidIncident")}</p>}
      {emails.length === 0 ? (
        <p className="muted" data-testid="outbox-empty">
          {t("empty")}
        </p>
      ) : (
        <ul className="list" aria-label={t("list")}>
          {emails.map((m) => (
            <li key={m.id} className="card outbox-mail" data-testid="outbox-mail" data-kind={m.notification?.kind ?? ""} data-incident-id={m.notification?.incidentId ?? ""}>
              {/* The mail as it was sent, in the language it was written in: a record, not translated. */}
              <strong translate="no">{m.subject}</strong>
              <p className="small muted">
                {t("to", { to: m.to })} · {formatOutletTime(m.createdAt.toISOString(), DEFAULT_TIME_ZONE, true, locale)} · {!m.notification ? t("mail") : isAlertKind(m.notification.kind) ? tKind(m.notification.kind) : m.notification.kind}
              </p>
              <details>
                <summary>{t("message")}</summary>
                <pre translate="no">{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
