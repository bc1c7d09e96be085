import type { Metadata } from "next";
import { z } from "zod";
import { requireSurface } from "@/lib/auth/session";
import { listCapturedEmails } from "@/lib/admin/list-captured-emails";
import type { AdminSearchParams } from "../chain-from-params";

export const metadata: Metadata = { title: "Mail outbox" };

const filterSchema = z.object({ incident: z.uuid().optional() });

export default async function OutboxPage({ searchParams }: { searchParams: AdminSearchParams }) {
  const actor = await requireSurface("admin", "/admin/outbox");
  const filter = filterSchema.safeParse(await searchParams);
  const incidentId = filter.success ? filter.data.incident : undefined;
  const emails = await listCapturedEmails(actor, { incidentId });
  return (
    <>
      <h1>Mail outbox</h1>
      <p className="muted small">
        Every alert email as it was built{actor.role === "CHAIN_ADMIN" ? " for you" : ""}, newest first (the last 100). With SMTP_URL set they are also delivered.
        {incidentId && " Showing one incident's mail."}
      </p>
      {!filter.success && <p className="form-error">That incident id is not valid; showing all mail.</p>}
      {emails.length === 0 ? (
        <p className="muted" data-testid="outbox-empty">
          No mail yet.
        </p>
      ) : (
        <ul className="list" aria-label="Captured emails">
          {emails.map((m) => (
            <li key={m.id} className="card outbox-mail" data-testid="outbox-mail" data-kind={m.notification?.kind ?? ""} data-incident-id={m.notification?.incidentId ?? ""}>
              <strong>{m.subject}</strong>
              <p className="small muted">
                To {m.to} · {m.createdAt.toLocaleString("en-GB")} · {m.notification?.kind ?? "mail"}
              </p>
              <details>
                <summary>Message</summary>
                <pre>{m.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
