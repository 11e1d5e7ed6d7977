// The journeys of each role in Arabic (right to left) and French, read from the catalogues:
// every label the test uses is the translated one, axe finds no violation, and no page
// scrolls sideways on a 375 px phone or a 1280 px screen. Each test puts the account back
// in English, which the other journeys read.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { chooseLanguage, expectNoAccessibilityViolations, storageFor, test, type DemoRole } from "./support";

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
  // the page itself, not the loading state streamed before it
  await expect(page.locator("main h1")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    expect({ url: page.url(), width, sideways }).toEqual({ url: page.url(), width, sideways: false });
  }
}

/** A message with arguments as a pattern: each {argument} matches anything. */
function messagePattern(locale: Locale, key: string): RegExp {
  const escaped = message(locale, key).replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{[^{}]+\}/g, ".+")}$`);
}

/** The testimony each run redacts: an invented person, named in a transcript. */
const TESTIMONY = {
  ar: { name: "Salma Haddad", language: "en", transcript: "My name is Salma Haddad. I joined in 2014 and left because they were killing Muslims. Salma Haddad is the name my family knows." },
  fr: { name: "سلمى الحداد", language: "ar", transcript: "اسمي سلمى الحداد. انضممت إليهم ثم تركتهم لأننا وجدنا الجوع لا الخلافة. سلمى الحداد هو الاسم الذي تعرفه عائلتي." },
} as const;

/** Confirms it is you (the demo accounts have a password only) and comes back, in any language. */
async function confirmInAnyLanguage(page: Page) {
  const here = new URL(page.url());
  const back = here.pathname + here.search;
  await page.goto(`/account/reauth?next=${encodeURIComponent(back)}`);
  await page.locator("#reauth-password").fill("countervoice-demo");
  await page.locator("main form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname + url.search === back);
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

    test(`an editor creates a source and redacts its testimony; a reviewer approves the redaction`, async ({ browser }) => {
      test.slow();
      const editor = await asRole(browser, "editor");
      const reviewer = await asRole(browser, "reviewer2");
      await chooseLanguage(editor, locale);
      await chooseLanguage(reviewer, locale);
      try {
        await editor.goto("/sources");
        await expectReadable(editor, locale);
        await editor.goto("/sources/new");
        await expectReadable(editor, locale);
        // Each run its own person. An Arabic interface redacts English testimony, a French one Arabic testimony.
        const person = TESTIMONY[locale];
        await editor.getByLabel(message(locale, "sources.new.realName")).fill(person.name);
        await editor.getByRole("button", { name: message(locale, "sources.new.create") }).click();
        await editor.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
        await expectReadable(editor, locale);

        await confirmInAnyLanguage(editor);
        await editor.getByRole("link", { name: message(locale, "sources.source.addTestimony") }).click();
        await editor.waitForURL(/\/testimony\/new$/);
        await expectReadable(editor, locale);
        await editor.getByLabel(message(locale, "testimony.new.language")).selectOption(person.language);
        await editor.getByLabel(message(locale, "testimony.new.transcript"), { exact: true }).fill(person.transcript);
        await editor.getByRole("button", { name: message(locale, "testimony.new.title") }).click();
        await editor.waitForURL(/\/testimony\/[0-9a-f-]{36}$/);
        const testimonyPath = new URL(editor.url()).pathname;
        await expectReadable(editor, locale);

        await editor.getByRole("link", { name: message(locale, "testimony.page.redact"), exact: true }).click();
        await editor.waitForURL(`**${testimonyPath}/redaction`);
        await expect(editor.getByTestId("redaction-state")).toHaveText(message(locale, "redaction.states.DRAFT"));
        await expectReadable(editor, locale);
        await editor.getByRole("button", { name: messagePattern(locale, "redaction.workspace.acceptAll") }).click();
        const preview = editor.getByTestId("redacted-preview");
        for (const word of person.name.split(" ")) await expect(preview).not.toContainText(word);
        await editor.getByRole("button", { name: message(locale, "redaction.workspace.save"), exact: true }).click();
        await expect(editor.getByRole("button", { name: message(locale, "redaction.workspace.savedButton") })).toBeVisible();
        await editor.getByLabel(message(locale, "redaction.workspace.reviewer"), { exact: true }).selectOption({ label: "Rosa Reviewer" });
        await editor.getByRole("button", { name: message(locale, "redaction.workspace.submit") }).click();
        await expect(editor.getByTestId("redaction-state")).toHaveText(message(locale, "redaction.states.IN_REVIEW"));
        await expectReadable(editor, locale);

        await reviewer.goto("/reviews");
        await expectReadable(reviewer, locale);
        await reviewer.goto(`${testimonyPath}/review`);
        await confirmInAnyLanguage(reviewer);
        await expectReadable(reviewer, locale);
        await reviewer.getByRole("button", { name: message(locale, "redaction.review.approve") }).click();
        await expect(reviewer.getByTestId("redaction-state")).toHaveText(message(locale, "redaction.states.APPROVED"));
        const redacted = (await reviewer.getByTestId("redacted-text").textContent())!;
        for (const word of person.name.split(" ")) expect(redacted).not.toContain(word);
        await expectReadable(reviewer, locale);
      } finally {
        await chooseLanguage(editor, "en");
        await chooseLanguage(reviewer, "en");
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
