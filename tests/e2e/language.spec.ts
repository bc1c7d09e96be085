// Two languages (issue 15): the browser's language is the first guess, the switcher's choice
// wins and stays (cookie), and a signed-in person's choice is stored for their emails.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { createOwnAccount } from "./support/own-account";
import { signInByRequest } from "./support/sign-in";

const html = (page: import("@playwright/test").Page) => page.locator("html");

test.describe("a Dutch browser", () => {
  test.use({ locale: "nl-NL" });

  test("gets Dutch without choosing anything @phone", async ({ page }) => {
    await page.goto("/");
    await expect(html(page)).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeAttached();
    await expect(page.getByRole("combobox", { name: "Taal" })).toHaveValue("nl");
  });
});

test("the switcher's choice wins over the browser's language and survives a reload @phone", async ({ page }) => {
  await page.goto("/");
  await expect(html(page)).toHaveAttribute("lang", "en");
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await expect(html(page)).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("combobox", { name: "Taal" })).toHaveValue("nl");
  await page.reload();
  await expect(html(page)).toHaveAttribute("lang", "nl");
  await page.getByRole("combobox", { name: "Taal" }).selectOption("en");
  await expect(html(page)).toHaveAttribute("lang", "en");
});

test("a signed-in person's choice is stored on their account for emails and notifications", async ({ page }) => {
  const { email } = await createOwnAccount(DEMO_PASSWORD);
  await signInByRequest(page, email, DEMO_PASSWORD);
  await page.goto("/");
  await page.getByRole("combobox", { name: "Language" }).selectOption("nl");
  await expect(html(page)).toHaveAttribute("lang", "nl");
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!, 1);
  try {
    await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("nl");
  } finally {
    await db.$disconnect();
  }
});
