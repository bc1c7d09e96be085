// Signing up as a person does: the form, then the link from the mail it sends. The mail is
// read from captured_emails of the run's database (the worker captures every mail it sends).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect, type Page } from "@playwright/test";
import { AFTER_PASSWORD } from "./sign-in";

export const NEW_PASSWORD = "a-long-password-1";

/** The sign-up link mailed to `email` (waits for the worker to send it). */
export async function signUpLinkFor(email: string): Promise<string> {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const { rows } = await db.query<{ text: string }>(
            `SELECT text FROM captured_emails WHERE "to" = $1 AND subject LIKE 'Finish creating%' ORDER BY created_at DESC LIMIT 1`,
            [email],
          );
          link = rows[0]?.text.match(/https?:\/\/\S+\/signup\/verify\?\S+/)?.[0];
          return link;
        },
        { message: `sign-up mail to ${email}`, timeout: 30_000 },
      )
      .toBeTruthy();
    return link!;
  } finally {
    await db.end();
  }
}

/** Fills the sign-up form the page shows, then opens the mailed link and creates the account. */
export async function completeSignUpForm(page: Page, name: string, email = `new-${randomUUID()}@example.test`): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(await signUpLinkFor(email));
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible(AFTER_PASSWORD);
  return email;
}

