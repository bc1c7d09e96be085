// Delivers the alerts waiting in the outbox (PENDING email and webhook notifications).
// Each batch is claimed with FOR UPDATE SKIP LOCKED and leased (next_attempt_at moved
// ahead), so several workers share the work and none sends a row another is sending. A
// failed delivery is retried with exponential backoff, then given up as FAILED.
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { signWebhook } from "@/lib/payments/webhook-signature";
import { sendEmail } from "@/lib/monitoring/send-email";

const LEASE_MS = 60_000;
export const MAX_DELIVERY_ATTEMPTS = 6;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 10 * 60_000;

/** Wait before attempt n+1 after n failed attempts: 5 s, 10 s, 20 s… capped at 10 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
}

interface Claimed {
  id: string;
  channel: "EMAIL" | "WEBHOOK";
  kind: string;
  subject: string;
  body: string;
  attempts: number;
  email: string | null;
  url: string | null;
  secret: string | null;
}

export interface DeliveryResult {
  sent: number;
  retrying: number;
  failed: number;
}

async function claim(limit: number, now: Date): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT id FROM notifications
      WHERE status = 'PENDING' AND channel IN ('EMAIL', 'WEBHOOK') AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${limit}::int FOR UPDATE SKIP LOCKED)
    UPDATE notifications n
    SET attempts = n.attempts + 1, next_attempt_at = ${new Date(now.getTime() + LEASE_MS)}
    FROM due
    WHERE n.id = due.id
    RETURNING n.id, n.channel::text AS channel, n.kind, n.subject, n.body, n.attempts,
      COALESCE(n.to_email, (SELECT email FROM users WHERE id = n.user_id)) AS email,
      (SELECT url FROM webhook_endpoints WHERE id = n.webhook_id) AS url,
      (SELECT secret FROM webhook_endpoints WHERE id = n.webhook_id) AS secret`;
}

async function deliver(row: Claimed): Promise<void> {
  if (row.channel === "EMAIL") {
    if (!row.email) throw new Error("recipient has no email");
    const { messageId } = await sendEmail({ to: row.email, subject: row.subject, text: row.body });
    await prisma.$transaction([
      prisma.capturedEmail.upsert({
        where: { notificationId: row.id },
        update: {},
        create: { notificationId: row.id, to: row.email, subject: row.subject, text: row.body, messageId },
      }),
      prisma.notification.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } }),
    ]);
    return;
  }
  if (!row.url || !row.secret) throw new Error("webhook endpoint is gone");
  const res = await fetch(row.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-swifteats-signature": signWebhook(row.body, row.secret),
      "x-swifteats-event": `incident.${row.kind}`,
      "x-swifteats-delivery": row.id,
    },
    body: row.body,
    signal: AbortSignal.timeout(env.MONITORING_FEED_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  await prisma.notification.update({ where: { id: row.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
}

export async function deliverNotifications({ limit = 50, now = new Date() } = {}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const rows = await claim(limit, now);
  await Promise.all(
    rows.map(async (row) => {
      try {
        await deliver(row);
        result.sent++;
      } catch (error) {
        const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const giveUp = row.attempts >= MAX_DELIVERY_ATTEMPTS;
        await prisma.notification.update({
          where: { id: row.id },
          data: giveUp
            ? { status: "FAILED", lastError, nextAttemptAt: null }
            : { lastError, nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)) },
        });
        result[giveUp ? "failed" : "retrying"]++;
      }
    }),
  );
  return result;
}
