// The e2e run's product: built, seeded, all three processes up (tests/support/app-stack.ts).
import { startAppStack } from "../support/app-stack";
import { E2E_PORT } from "../../playwright.config";

export default async function globalSetup() {
  // Monitoring grace periods ×0.01 (rule a: 3 s instead of 5 min), so incidents open within a test.
  // Every browser of the run signs up and fails sign-ins from one address ("local"): the
  // per-address credential limits are raised (per-account ones stay). The stack has a Redis
  // database of its own (support/redis-database.ts), so no limit outlives the run.
  const stack = await startAppStack({
    port: E2E_PORT,
    name: "e2e",
    env: {
      MONITORING_GRACE_SCALE: process.env.MONITORING_GRACE_SCALE ?? "0.01",
      SIGN_UPS_PER_IP_PER_HOUR: "100000",
      SIGN_IN_FAILURES_PER_IP: "100000",
      // Loopback is trusted as our proxy: tests play clients behind it with X-Forwarded-For.
      TRUSTED_PROXIES: "loopback",
      // Offers stay open 60 s instead of 30: on a machine at load 20+ a browser step takes
      // seconds, and the driver journey must not lose its offer between reading and tapping it.
      DISPATCH_OFFER_SECONDS: "60",
    },
  });
  // Workers inherit it: specs read the mails the app sends (sign-up links) and write state of
  // their own (support/own-outlet.ts) in the run's database.
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  return stack.stop;
}
