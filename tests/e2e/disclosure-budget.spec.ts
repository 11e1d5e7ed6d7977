// Quasi-identifiers and disclosure budgets on the demo data. Two items quoting S-0002 are
// each approvable alone; once the first is published the second would reveal too much about
// S-0002 together with it, and approval is refused with the explanation until an admin
// raises the budget with a reason, which the audit log shows.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_BUDGET_BLOCKED_TITLE, DEMO_BUDGET_SOURCE_CODE } from "@/lib/demo/demo-disclosure";
import { expectAccessible, filterAuditLog, storageFor, test, type DemoRole } from "./support";

const SOURCE = "S-0002";
const ITEM_PATH = /\/content\/(?!new$)[^/]+$/;

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

/** A draft with the editor's text and a passage of S-0002 that reveals nothing by itself, submitted for review. */
async function submittedItem(editor: Page, title: string, body: string): Promise<string> {
  await editor.goto("/content/new");
  await editor.getByLabel("Language").selectOption("en");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Body (Markdown)").fill(body);
  await editor.getByRole("checkbox", { name: "Web", exact: true }).check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(ITEM_PATH);
  await editor.getByLabel("Search passages").fill("The promises were lies");
  await editor.getByRole("button", { name: "Search", exact: true }).click();
  const passages = editor.getByRole("list", { name: "Approved passages" });
  await expect(passages.getByText(SOURCE)).toHaveCount(1);
  await passages.getByRole("button", { name: "Insert" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Quote inserted as version 2" })).toBeVisible();
  // The refreshed page (version 2, its quote) has arrived: submitting now names version 2.
  await expect(editor.getByRole("heading", { name: "Quotes" }).locator("..")).toContainText(`Source ${SOURCE}`);
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("In review");
  return new URL(editor.url()).pathname;
}

async function noHorizontalOverflow(page: Page) {
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a reviewer acknowledges each quasi-identifier above the threshold, with a reason, before approving", async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = await as(browser, "editor");
  // S-0002 is high risk (threshold 4): an exact age (3) and a job (2) make 5.
  const itemPath = await submittedItem(editor, "What the salary bought", "He was 31, a mechanic, when the promises ran out.");

  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(itemPath);
  const panel = reviewer.getByTestId("quasi-findings");
  await expect(panel.getByTestId("quasi-finding")).toHaveCount(2);
  await expect(panel.getByTestId("quasi-finding").filter({ hasText: "exact age, weight 3" }).locator("mark")).toHaveText("31");
  await expect(panel).toContainText("a score of 5 above the threshold of 4");
  await expectAccessible(reviewer);

  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "Acknowledge each quasi-identifier" })).toBeVisible();

  const form = reviewer.getByTestId("acknowledge-form");
  for (const box of await form.getByRole("checkbox").all()) await box.check();
  await form.getByLabel(/Why it may be published as it stands/).fill("Both are common among the men he served with; checked with his caseworker.");
  await form.getByRole("button", { name: "Acknowledge" }).click();
  await expect(reviewer.getByText("You acknowledged every finding of version 2.")).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");
});

test("two items harmless alone cross S-0002's budget together; an admin raises it with a reason and the second is approved", async ({ browser }) => {
  test.setTimeout(240_000);
  const editor = await as(browser, "editor");
  // An exact age (3) and a year (1), then a named town (3): each within the threshold of 4.
  const firstPath = await submittedItem(editor, "Thirty-one and out of work", "He was 31 when he joined in 2014.");
  const secondPath = await submittedItem(editor, "The road out", "He fixed engines in Manbij.");

  const reviewer = await as(browser, "reviewer");
  for (const path of [firstPath, secondPath]) {
    await reviewer.goto(path);
    await expect(reviewer.getByTestId("disclosure-budgets").getByRole("row", { name: new RegExp(SOURCE) })).toBeVisible();
    await expect(reviewer.getByTestId("budget-crossing")).toHaveCount(0);
  }
  await reviewer.goto(firstPath);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");
  await editor.goto(firstPath);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("Published");

  await reviewer.goto(secondPath);
  await expect(reviewer.getByTestId("budget-crossing")).toContainText(`Source ${SOURCE}: together with what is already published`);
  await expect(reviewer.getByTestId("budget-crossing")).toContainText("It adds place (named town, village or site, +3)");
  await expectAccessible(reviewer);
  await noHorizontalOverflow(reviewer);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "would cross a disclosure budget" })).toBeVisible();
  await expect(reviewer.getByTestId("content-state")).toHaveText("In review");

  // The source page lists what the publications reveal.
  await reviewer.goto("/sources");
  await reviewer.getByRole("link", { name: SOURCE, exact: true }).click();
  const ledger = reviewer.getByTestId("disclosure-ledger");
  await expect(ledger.getByRole("heading", { name: `What the world can learn about ${SOURCE} from our publications` })).toBeVisible();
  await expect(ledger.getByTestId("ledger-fact").filter({ hasText: "age: 31" })).toContainText("Thirty-one and out of work");
  await expect(ledger.getByTestId("would-cross")).toContainText("The road out");

  const admin = await as(browser, "admin");
  await admin.goto("/admin/disclosure");
  await expectAccessible(admin);
  await admin.getByTestId(`budget-${SOURCE}`).getByRole("link", { name: SOURCE }).click();
  await expect(admin.getByTestId("would-cross")).toContainText("in review");
  await admin.getByLabel(/^New budget/).fill("9");
  await admin.getByLabel(/^Reason/).fill("He agreed the town may be named; his family left it years ago.");
  await admin.getByRole("button", { name: "Set budget" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Budget set to 9." })).toBeVisible();
  await expect(admin.getByTestId("budget-history")).toContainText("He agreed the town may be named");
  await expectAccessible(admin);
  await noHorizontalOverflow(admin);

  await reviewer.goto(secondPath);
  await expect(reviewer.getByTestId("budget-crossing")).toHaveCount(0);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");

  await filterAuditLog(admin, { action: "source.budget-changed" });
  await expect(admin.getByRole("row").filter({ hasText: "source.budget-changed" }).first()).toContainText("He agreed the town may be named");
});

test("the demo shows a reviewer an item that would cross S-0004's nearly used budget", async ({ browser }) => {
  const reviewer = await as(browser, "reviewer");
  await reviewer.goto("/content?state=IN_REVIEW");
  await reviewer.getByRole("link", { name: DEMO_BUDGET_BLOCKED_TITLE }).click();
  await expect(reviewer.getByTestId("budget-crossing")).toContainText(`Source ${DEMO_BUDGET_SOURCE_CODE}`);
  await expect(reviewer.getByTestId("budget-crossing")).toContainText("over the disclosure budget of 10");
  await expectAccessible(reviewer);
});
