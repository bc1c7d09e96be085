// Types into an address box until its suggestions show. A fill made the moment a page arrives
// can land before React has hydrated it: the value is set, but without the input event the box
// listens to, so no suggestions come (seen on the phone project in CI); it is typed again.
import { expect, type Locator } from "@playwright/test";

export async function typeAddress(box: Locator, text: string) {
  const options = box.page().getByRole("listbox", { name: "Address suggestions" }).getByRole("option");
  await expect(async () => {
    await box.fill("");
    await box.fill(text);
    await expect(options.first()).toBeVisible({ timeout: 5_000 });
  }).toPass();
}
