// The e2e run's product: built, seeded, all three processes up (tests/support/app-stack.ts).
import { startAppStack } from "../support/app-stack";
import { E2E_PORT } from "../../playwright.config";

export default async function globalSetup() {
  const stack = await startAppStack({ port: E2E_PORT, name: "e2e" });
  return stack.stop;
}
