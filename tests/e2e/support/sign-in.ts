import { expect, type Page } from "@playwright/test";

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password: string, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // A memory-hard password hash, then the landing page's first render: on a loaded CI machine
  // (load average 20+ with two browsers beside the stack) this alone took over 10 s.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 30_000 });
}
