// The journeys of each role in Arabic (right to left) and French, read from the catalogues:
// every label the test uses is the translated one, axe finds nothing serious, and no page
// scrolls sideways on a 375 px phone or a 1280 px screen. Each test puts the account back
// in English, which the other journeys read.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { DEMO_SOURCE_CODE } from "@/lib/demo/seed-demo-sources";
import { chooseLanguage, expectAccessible, storageFor, test, type DemoRole } from "./support";

type Locale = "ar" | "fr";

/** A message of the catalogue as the page shows it (plain messages only). */
function message(locale: Locale, key: string): string {
  const [namespace, ...rest] = key.split(".");
  let node: unknown = JSON.parse(readFileSync(path.join("messages", locale, `${namespace}.json`), "utf8"));
  for (const part of rest) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "string") throw new Error(`no message ${locale}:${key}`);
  return node;
}

/** In the language, accessible, and no sideways scrolling on a phone or a desktop screen. */
async function expectReadable(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
  await expectAccessible(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    expect({ url: page.url(), width, sideways }).toEqual({ url: page.url(), width, sideways: false });
  }
}

async function asRole(browser: import("@playwright/test").Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role), acceptDownloads: true })).newPage();
}

for (const locale of ["ar", "fr"] as const) {
  test.describe(`in ${locale}`, () => {
    test(`a partner browses what is shared and downloads an item`, async ({ browser }) => {
      test.slow();
      const page = await asRole(browser, "partner");
      await chooseLanguage(page, locale);
      try {
        await page.goto("/portal");
        await expectReadable(page, locale);
        await page.locator('main a[href^="/portal/items/"]').first().click();
        await page.waitForURL(/\/portal\/items\/[^/]+$/);
        await expectReadable(page, locale);
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator('main a[href*="download?format=md"]').first().click()]);
        const text = await readFile((await download.path())!, "utf8");
        // Demo Partner reads Arabic: what it receives says so whatever its user reads
        expect(text).toMatch(/[\u0600-\u06FF]/);
      } finally {
        await chooseLanguage(page, "en");
      }
    });

    test(`an editor creates a source and opens the redaction workspace`, async ({ browser }) => {
      test.slow();
      const page = await asRole(browser, "editor");
      await chooseLanguage(page, locale);
      try {
        await page.goto("/sources");
        await expectReadable(page, locale);
        await page.goto("/sources/new");
        await expectReadable(page, locale);
        await page.getByLabel(message(locale, "sources.new.realName")).fill(locale === "ar" ? "سلمى الحسن" : "Salma Hassan");
        await page.getByRole("button", { name: message(locale, "sources.new.create") }).click();
        await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
        await expectReadable(page, locale);

        // the demo's English testimony, in this interface: confirm it's you, then the workspace
        await page.goto("/sources");
        await page.getByRole("link", { name: DEMO_SOURCE_CODE, exact: true }).click();
        await page.waitForURL(/\/sources\/[^/]+$/);
        const testimony = page.locator('main a[href^="/testimony/"]').first();
        const testimonyPath = await testimony.getAttribute("href");
        await page.goto(`/account/reauth?next=${encodeURIComponent(`${testimonyPath}/redaction`)}`);
        await page.locator("#reauth-password").fill("countervoice-demo");
        await page.locator("main form button[type=submit]").click();
        await page.waitForURL((url) => url.pathname === `${testimonyPath}/redaction`);
        await expectReadable(page, locale);
      } finally {
        await chooseLanguage(page, "en");
      }
    });

    test(`a reviewer reads the reviews and the content to approve`, async ({ browser }) => {
      test.slow();
      const page = await asRole(browser, "reviewer");
      await chooseLanguage(page, locale);
      try {
        for (const url of ["/dashboard", "/reviews", "/content"]) {
          await page.goto(url);
          await expectReadable(page, locale);
        }
      } finally {
        await chooseLanguage(page, "en");
      }
    });
  });
}
