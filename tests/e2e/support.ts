import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}
