// Arabic mirrors the whole layout (navigation on the right, text from the right), and every
// page of the shell reads on a 375 px phone without scrolling sideways, in Arabic and in the
// pseudo-locale's longer words.
import { expect, type Page } from "@playwright/test";
import { chooseLanguage, storageFor, test } from "./support";

const PHONE = { width: 375, height: 800 };

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

test.describe("before sign-in, in Arabic", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "cv_locale", value: "ar", url: baseURL! }]);
  });

  for (const path of ["/signin", "/forgot-password", `/reset/${"x".repeat(43)}`, `/invite/${"x".repeat(43)}`, "/no-such-page"]) {
    test(`${path} is right to left and fits a phone`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  }

  test("the sign-in page's text starts on the right", async ({ page }) => {
    await page.goto("/signin");
    const heading = await page.locator("h1").boundingBox();
    const form = await page.locator("form.card").first().boundingBox();
    expect(heading && form).toBeTruthy();
    // start-aligned text: the heading's right edge is the form's right edge, not its left
    expect(Math.abs(heading!.x + heading!.width - (form!.x + form!.width))).toBeLessThan(20);
  });
});

test.describe("signed in, in Arabic", () => {
  test.use({ storageState: storageFor("editor2") });

  test("the navigation is on the right, and the account pages fit a phone", async ({ page }) => {
    test.slow(); // two language changes and five pages
    await chooseLanguage(page, "ar");
    try {
      await page.goto("/account/notices");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      const nav = await page.locator(".shell-nav").boundingBox();
      const main = await page.locator("#main").boundingBox();
      expect(nav!.x).toBeGreaterThan(main!.x);
      await page.setViewportSize(PHONE);
      for (const path of ["/account/notices", "/account/two-factor", "/account/reauth", "/account/language", "/sources"]) {
        await page.goto(path);
        expect({ path, sideways: await pageScrollsSideways(page) }).toEqual({ path, sideways: false });
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
      await chooseLanguage(page, "en");
    }
  });
});

test.describe("signed in, in the pseudo-locale on a phone", () => {
  test.use({ storageState: storageFor("admin") });

  test("the shell and the account pages fit 375 px with longer words", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "cv_locale", value: "en-XA", url: baseURL! }]);
    await page.setViewportSize(PHONE);
    for (const path of ["/account/notices", "/account/two-factor", "/account/reauth", "/account/language"]) {
      await page.goto(path);
      expect({ path, sideways: await pageScrollsSideways(page) }).toEqual({ path, sideways: false });
    }
  });
});
