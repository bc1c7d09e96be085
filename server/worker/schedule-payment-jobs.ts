// The payment saga's sweeps, every minute: fail payments the provider never confirmed so
// their stock goes back, and retry refunds that did not get through. pg-boss runs each
// schedule once across all workers and keeps it durable in PostgreSQL.
import type PgBoss from "pg-boss";
import type { Logger } from "@/lib/logger";
import { expirePendingPayments } from "@/lib/payments/expire-pending-payments";
import { retryOwedRefunds } from "@/lib/payments/retry-owed-refunds";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";

const SWEEPS: Record<string, () => Promise<number>> = {
  "payments.expire-pending": () => expirePendingPayments(getPaymentProvider()),
  "payments.retry-refunds": () => retryOwedRefunds(getPaymentProvider()),
};

export async function schedulePaymentJobs(boss: PgBoss, log: Logger) {
  for (const [queue, sweep] of Object.entries(SWEEPS)) {
    await boss.createQueue(queue, { name: queue, retryLimit: 3, retryBackoff: true });
    await boss.schedule(queue, "* * * * *");
    await boss.work(queue, async () => {
      const handled = await sweep();
      if (handled) log.info("payment sweep", { queue, handled });
    });
  }
}
