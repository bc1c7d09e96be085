// Every minute, fail payments the provider never confirmed so their stock goes back
// (lib/payments/expire-pending-payments.ts). pg-boss runs a schedule once across all
// workers, retries a failed run, and keeps it durable in PostgreSQL.
import type PgBoss from "pg-boss";
import type { Logger } from "@/lib/logger";
import { expirePendingPayments } from "@/lib/payments/expire-pending-payments";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

const QUEUE = "payments.expire-pending";

export async function schedulePaymentExpiry(boss: PgBoss, log: Logger) {
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 3, retryBackoff: true });
  await boss.schedule(QUEUE, "* * * * *");
  await boss.work(QUEUE, async () => {
    const expired = await expirePendingPayments(getPaymentProvider());
    if (expired) log.info("expired unconfirmed payments", { expired });
  });
}
