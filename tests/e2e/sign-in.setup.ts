// Signs each demo role in through the real form once; the journeys reuse the sessions.
// Demo Partner reads Countervoice in Arabic; its demo account chooses English in its profile
// so that the journeys read one language (tests/e2e/languages.spec.ts covers the others).
import { expect } from "@playwright/test";
import { ROLES, signIn, storageFor, test as setup } from "./support";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, `${role}@demo.test`);
    if (role === "partner") {
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      await page.goto("/account/language");
      await page.locator("#interface-language").selectOption("en");
      await page.locator("form.language-picker button[type=submit]").click();
      await expect(page.getByRole("status")).toHaveText("Language saved.");
    }
    await page.context().storageState({ path: storageFor(role) });
  });
}
