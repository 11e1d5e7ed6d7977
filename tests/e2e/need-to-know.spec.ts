// Need-to-know in the browser: an editor off a source's team sees its code name but is refused
// its identifiers and raw testimony by the server; an admin's emergency access, with its
// reason, appears on the team's dashboard.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_SOURCE_CODE, DEMO_SOURCE_REAL_NAME } from "@/lib/demo/seed-demo-sources";
import { confirmItsMe, expectAccessible, storageFor, test, type DemoRole } from "./support";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

async function openSource(page: Page, code: string) {
  await page.goto("/sources");
  await page.getByRole("link", { name: code, exact: true }).click();
  await page.waitForURL(/\/sources\/[^/]+$/);
}

test("an editor not on a source's team is refused its identifiers and raw testimony, and told whom to ask", async ({ browser }) => {
  const member = await as(browser, "editor");
  await openSource(member, DEMO_SOURCE_CODE);
  // Raw testimony asks for a proof of identity at most 10 minutes old.
  await confirmItsMe(member);
  const sourcePath = new URL(member.url()).pathname;
  const testimonyTable = member.getByRole("region", { name: "Testimony" }).getByRole("table");
  await testimonyTable.getByRole("link").first().click();
  await member.waitForURL(/\/testimony\/[^/]+$/);
  const testimonyPath = new URL(member.url()).pathname;

  const outsider = await as(browser, "editor2");
  await outsider.goto(sourcePath);
  // Even with a fresh password the team rule holds.
  await confirmItsMe(outsider);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText(`Source ${DEMO_SOURCE_CODE}`);
  await expect(outsider.getByTestId("source-team")).toContainText("Elif Editor (handling editor)");
  await expect(outsider.getByTestId("not-on-team")).toContainText("Ask Elif Editor, its handling editor, to add you to the team.");
  await expectAccessible(outsider);
  // The button is there; the server's policy refuses, whatever the page shows.
  await outsider.getByRole("button", { name: "Show identifiers" }).click();
  await expect(outsider.getByRole("alert").filter({ hasText: `Only the team of ${DEMO_SOURCE_CODE} can see its identifiers.` })).toBeVisible();
  await expect(outsider.getByText(DEMO_SOURCE_REAL_NAME)).toHaveCount(0);
  await expect(outsider.getByRole("link", { name: "Add testimony" })).toHaveCount(0);
  await expect(outsider.getByRole("region", { name: "Testimony" }).getByRole("table").getByRole("link")).toHaveCount(0);

  const response = await outsider.goto(testimonyPath);
  expect(response?.status()).toBe(403);
  expect((await outsider.content()).toLowerCase()).not.toContain(DEMO_SOURCE_REAL_NAME.toLowerCase());
  expect((await outsider.goto(`${testimonyPath}/redaction`))?.status()).toBe(403);
});

test("an admin's emergency access needs a reason, opens the identifiers for an hour, and shows on the team's dashboard", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await openSource(admin, DEMO_SOURCE_CODE);
  await confirmItsMe(admin);
  await admin.getByRole("button", { name: "Show identifiers" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: `Only the team of ${DEMO_SOURCE_CODE}` })).toBeVisible();

  const reason = "The handling editor is unreachable and the source reported a threat tonight.";
  await admin.getByLabel(`Reason for emergency access to ${DEMO_SOURCE_CODE}`).fill(reason);
  await admin.getByRole("button", { name: "Open emergency access for one hour" }).click();
  await expect(admin.getByTestId("emergency-active")).toContainText("Emergency access until");
  await admin.getByRole("button", { name: "Show identifiers" }).click();
  await expect(admin.getByTestId("identifiers").getByRole("definition").filter({ hasText: DEMO_SOURCE_REAL_NAME })).toBeVisible();
  await expectAccessible(admin);

  const member = await as(browser, "editor");
  await member.goto("/dashboard");
  const notices = member.getByTestId("emergency-notices");
  await expect(notices).toContainText(new RegExp(`Ada Admin opened emergency access to ${DEMO_SOURCE_CODE} at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC because “${reason}”`));
  await expectAccessible(member);

  // Nobody off the team hears of it.
  const outsider = await as(browser, "editor2");
  await outsider.goto("/dashboard");
  await expect(outsider.getByTestId("emergency-notices")).toHaveCount(0);
});
