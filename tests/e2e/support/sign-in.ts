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

/**
 * Signs the page's browser context in with the request the sign-in form sends (next-auth's
 * credentials callback): the same password check, session and cookie, without rendering the
 * form and the landing page, two page loads a test pays for nothing when it is about
 * something else. The form itself is proven in sign-in.spec.ts and access.spec.ts. The page
 * stays where it was: the caller opens the page it needs.
 */
export async function signInByRequest(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(res.status(), `sign-in of ${email}`).toBe(200);
  const me = await page.request.get("/api/v1/me");
  expect(me.status(), `${email} signed in`).toBe(200);
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
}
