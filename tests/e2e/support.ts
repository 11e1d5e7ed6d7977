import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { recordApiResponses, recordResponses } from "./record-responses";

export const DEMO_PASSWORD = "countervoice-demo";
export const ROLES = ["admin", "admin2", "editor", "editor2", "reviewer", "reviewer2", "partner"] as const;
export type DemoRole = (typeof ROLES)[number];
export const storageFor = (role: DemoRole) => `playwright/.auth/${role}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/**
 * Re-authenticates the page's session (demo accounts have no second factor: password
 * only) and comes back to where it was: revealing identifiers, issuing an API token and
 * changing a role ask for a proof at most 10 minutes old.
 */
export async function confirmItsMe(page: Page, password = DEMO_PASSWORD) {
  const here = new URL(page.url());
  const back = here.pathname + here.search;
  await page.goto(`/account/reauth?next=${encodeURIComponent(back)}`);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.waitForURL((url) => url.pathname + url.search === back);
}

/**
 * Filters the audit log through its form: the filter is posted and kept on the server, and the
 * page's URL carries only its handle.
 */
export async function filterAuditLog(page: Page, filter: { actor?: string; action?: string; source?: string; from?: string; to?: string }) {
  await page.goto("/admin/audit");
  const labels = { actor: "Who (email contains)", action: "Action starts with", source: "Source code", from: "From (UTC)", to: "To (UTC, inclusive)" } as const;
  for (const [field, value] of Object.entries(filter) as [keyof typeof labels, string][]) await page.getByLabel(labels[field]).fill(value);
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/\/admin\/audit\?h=[A-Za-z0-9_-]{22}$/);
}

/** A client-side navigation sets the title last: judge the page it leads to, not the one half-way. */
async function pageSettled(page: Page) {
  await page.waitForLoadState("load");
  await expect(page).toHaveTitle(/\S/);
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  await pageSettled(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** No accessibility violation of any impact on the current page, minor ones included. */
export async function expectNoAccessibilityViolations(page: Page) {
  await pageSettled(page);
  const results = await new AxeBuilder({ page }).analyze();
  const described = results.violations.map((v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(described, page.url()).toEqual([]);
}

const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy|Refused to/i;

/** Reports every CSP violation of a page to the console, where the listener below reads it. */
const REPORT_VIOLATIONS = () =>
  document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`));

/** Adds every CSP violation logged by a page of `context` to `into`. */
export function collectCspViolations(context: BrowserContext, into: string[]) {
  void context.addInitScript(REPORT_VIOLATIONS);
  context.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) into.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  context.on("weberror", (error) => {
    if (CSP_MESSAGE.test(error.error().message)) into.push(`${error.page()?.url() ?? "?"}: ${error.error().message}`);
  });
}

/**
 * The journeys' `test`: any page of a test, in its own context or one it opens, that logs a
 * Content-Security-Policy violation fails that test (the app must work under its CSP). Every
 * response those contexts and the test's API request contexts see is recorded for the
 * identifier scan that follows the journeys (record-responses.ts).
 */
export const test = base.extend<{ noCspViolations: void }>({
  noCspViolations: [
    async ({ browser, context, playwright }, use) => {
      const violations: string[] = [];
      collectCspViolations(context, violations);
      recordResponses(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        collectCspViolations(created, violations);
        recordResponses(created);
        return created;
      };
      const newRequestContext = playwright.request.newContext.bind(playwright.request);
      playwright.request.newContext = async (options) => {
        const created = await newRequestContext(options);
        recordApiResponses(created);
        return created;
      };
      await use();
      browser.newContext = newContext;
      playwright.request.newContext = newRequestContext;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

/** Sets the signed-in person's interface language through their profile page. */
export async function chooseLanguage(page: Page, locale: "en" | "ar" | "fr") {
  await page.goto("/account/language");
  await page.locator("#interface-language").selectOption(locale);
  await page.locator("form.language-picker button[type=submit]").click();
  await expect(page.getByRole("status")).toBeVisible();
}
