import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E in Debian's Chromium (no browser downloads here) against a production build with
// the realtime server and worker, on a fresh database (tests/e2e/global-setup.ts).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
/**
 * Debian's headless shell (package chromium-headless-shell: the old headless mode, what
 * Playwright itself runs headless) when installed: no GPU process and no browser UI, a third
 * less CPU and wall time than the full browser on the same specs here (README, "Tests"
 * figures). The full browser otherwise; CHROMIUM_PATH chooses.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => fs.existsSync(path)) ?? "/usr/bin/chromium";
/** Specs that add outlets to the demo staff member (see the "own-outlets" project). */
const OWN_OUTLET_SPECS = /menu-options(-staff)?\.spec|table-api\.spec/;
/** Specs that run in the later projects below, after desktop and phone. */
const LATER = [/availability\.spec/, /admin-monitoring\.spec/, OWN_OUTLET_SPECS];

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  // A hang guard, not a speed check: at load 26 (CI beside other work) a journey that signs up
  // and signs in two people took over 120 s, every browser step several seconds.
  timeout: process.env.CI ? 180_000 : 60_000,
  // Also a hang guard: pages answer in well under a second on a quiet machine, several at load 20+.
  expect: { timeout: process.env.CI ? 15_000 : 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  outputDir: ".test-results/playwright",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    // A hang guard for each click and fill (Playwright's default is none: a click on a button
    // React never hydrated left the next fill waiting out the whole 180 s test timeout).
    actionTimeout: process.env.CI ? 30_000 : 15_000,
    // The specs read English; Dutch journeys set their own locale (tests/e2e/dutch-journey.spec.ts).
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: LATER },
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/, testIgnore: LATER },
    // Menu changes bump the demo outlet's menu version, which the tablet tests send with
    // their orders (409 when stale): they run after everything else, not beside it.
    {
      name: "menu-changes",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /availability\.spec/,
      dependencies: ["desktop", "phone"],
    },
    // Specs that build menus on outlets of their own (tests/e2e/support/own-outlet.ts),
    // which join the demo staff member's kitchen list (one outlet: /kitchen opens its screen;
    // more: a picker): they run after every spec that expects the one outlet.
    {
      name: "own-outlets",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: OWN_OUTLET_SPECS,
      dependencies: ["menu-changes"],
    },
    // Monitoring adds outlets of its own to the demo staff member's kitchen list and the demo
    // chain (tests/e2e/support/own-outlet.ts): it runs last, so no other spec sees them.
    {
      name: "monitoring",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /admin-monitoring\.spec/,
      dependencies: ["own-outlets"],
    },
  ],
});
