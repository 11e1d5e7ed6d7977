// Every string a person sees comes from the catalogues: rendered in the pseudo-locale (en-XA,
// every catalogue letter accented), a page shows no plain English word but user content.
import { expect } from "@playwright/test";
import { storageFor, test } from "./support";
import { PSEUDO_PAGES } from "./pseudo-pages";
import { untranslatedWords } from "./untranslated-words";

for (const { role, pages } of PSEUDO_PAGES) {
  test.describe(`${role} in the pseudo-locale`, () => {
    if (role !== "anonymous") test.use({ storageState: storageFor(role) });

    for (const entry of pages) {
      const name = typeof entry === "string" ? entry : entry.name;
      test(`${name} has no string outside the catalogues`, async ({ page, context, baseURL }) => {
        await context.addCookies([{ name: "cv_locale", value: "en-XA", url: baseURL! }]);
        if (typeof entry === "string") await page.goto(entry);
        else await entry.open(page);
        await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
        expect(await untranslatedWords(page)).toEqual([]);
      });
    }
  });
}
