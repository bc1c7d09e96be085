// Moving through a page the way a keyboard user does: Tab (or Shift+Tab) until the control has
// focus, and a check that the focused control shows where focus is (WCAG 2.4.7).
import { expect, type Locator, type Page } from "@playwright/test";

const hasFocus = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (Shift+Tab with `back`) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 120, back = false } = {}) {
  for (let i = 0; i < max && !(await hasFocus(target)); i++) await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  await expect(target, `reached by ${back ? "Shift+Tab" : "Tab"} within ${max} presses`).toBeFocused();
  await expectVisibleFocus(target);
}

/** The focused control draws a focus indicator: an outline or a ring (box-shadow). */
export async function expectVisibleFocus(target: Locator) {
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2, ring: s.boxShadow !== "none" };
  });
  expect(style.outline || style.ring, "a visible focus indicator").toBe(true);
}
