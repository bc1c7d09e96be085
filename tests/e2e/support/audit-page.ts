// One page's accessibility audit: the skip link (first stop, shown on focus, lands in the main
// landmark) and axe-core's WCAG 2.2 AA rules, failing on any serious or critical finding.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const BLOCKING = ["serious", "critical"];

/** Every blocking finding in one line each: rule, impact, what to do and where (first five nodes). */
export async function blockingFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations
    .filter((v) => BLOCKING.includes(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help} at ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join(" | ")}`);
}

export async function expectSkipLink(page: Page) {
  const skip = page.getByRole("link", { name: "Skip to content" });
  const firstTabbable = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]");
    const first = [...candidates].find((el) => el.tabIndex >= 0 && !el.matches(":disabled") && el.getClientRects().length > 0);
    return first?.textContent?.trim() ?? null;
  });
  expect(firstTabbable, "the first thing the keyboard reaches").toBe("Skip to content");
  await expect(skip).not.toBeInViewport();
  await skip.focus();
  await expect(skip, "shown while it has focus").toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
}

/** Opens `path` (waiting for its first heading), then checks the skip link and runs axe. */
export async function auditPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expectSkipLink(page);
  expect.soft(await blockingFindings(page), `serious or critical axe findings on ${path}`).toEqual([]);
}
