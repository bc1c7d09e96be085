import { expect, type Page } from "@playwright/test";

/**
 * How long to wait for what follows a submitted password (sign-in, sign-up): a memory-hard hash,
 * then the next page's first render. On a loaded CI machine (load average 20–38 with two
 * browsers beside the stack) this took over 10–15 s; a hang guard, not a speed check.
 */
export const AFTER_PASSWORD = { timeout: 30_000 };

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password: string, path = "/signin") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible(AFTER_PASSWORD);
}
