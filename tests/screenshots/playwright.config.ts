// `npm run screenshots`: the pages people see, on a desktop and a phone, in English and Dutch,
// written to docs/screenshots/ (shown in the README). The same product as the e2e run: a
// production build with all processes on a fresh database (tests/e2e/global-setup.ts).
import { defineConfig, devices } from "@playwright/test";
import base from "../../playwright.config";

export default defineConfig({
  ...base,
  testDir: ".",
  // Paths here are relative to this folder.
  globalSetup: "../e2e/global-setup.ts",
  testMatch: /capture\.ts$/,
  retries: 0,
  reporter: [["list"]],
  outputDir: "../../.test-results/screenshots",
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined, viewport: { width: 1366, height: 900 } } },
    { name: "phone", use: { ...devices["Pixel 7"] } },
  ],
});
