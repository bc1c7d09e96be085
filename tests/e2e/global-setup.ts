// The e2e run's product: built, seeded, all three processes up (tests/support/app-stack.ts).
import { startAppStack } from "../support/app-stack";
import { E2E_PORT } from "../../playwright.config";

export default async function globalSetup() {
  // Monitoring grace periods ×0.01 (rule a: 3 s instead of 5 min), so incidents open within a test.
  // Loopback is trusted as our proxy: tests play clients behind it with X-Forwarded-For.
  const env = { MONITORING_GRACE_SCALE: process.env.MONITORING_GRACE_SCALE ?? "0.01", TRUSTED_PROXIES: "loopback" };
  const stack = await startAppStack({ port: E2E_PORT, name: "e2e", env });
  return stack.stop;
}
