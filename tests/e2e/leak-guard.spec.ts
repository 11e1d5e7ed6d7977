// The leak guard as people meet it: an editor's item that hides a source's name behind
// markup and invisible characters cannot be submitted, and says where to look; a name learned
// after publication suspends the published item that carries it — the partner's download is
// refused and a take-down notice appears — until the entry is corrected and a reviewer lifts it.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_SOURCE_DICTIONARY } from "@/lib/demo/seed-demo-sources";
import { confirmItsMe, expectAccessible, storageFor, test, type DemoRole } from "./support";

const ITEM_PATH = /\/content\/(?!new$)[^/]+$/;
// A published demo item quoting S-0002 (see lib/demo/demo-content.ts).
const PUBLISHED_TITLE = "Cleaning toilets for the caliphate";
const LEARNED_LATER = "young man from Sudan";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

test("an item hiding a source's name behind markup and invisible characters cannot be submitted, and the editor sees where", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const name = DEMO_SOURCE_DICTIONARY.find((e) => e.type === "ALIAS")!.text; // Abu Yusuf al-Shami
  await editor.goto("/content/new");
  await editor.getByLabel("Language").selectOption("en");
  await editor.getByLabel("Title").fill("What the front was like");
  await editor.getByRole("checkbox", { name: "Web", exact: true }).check();

  // An HTML comment inside the name is refused outright: no reviewer sees comments.
  await editor.getByLabel("Body (Markdown)").fill(`Everyone at the checkpoint knew ${name.slice(0, 5)}<!---->${name.slice(5)} by sight.`);
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByText("without HTML tags or comments")).toBeVisible();
  await expect(editor).toHaveURL(/\/content\/new$/);

  // Bold inside the name and a zero-width space are Markdown a preview shows as the name.
  const hidden = `${name.slice(0, 5)}**${name.slice(5, 8)}**\u200b${name.slice(8)}`;
  await editor.getByLabel("Body (Markdown)").fill(`Everyone at the checkpoint knew ${hidden} by sight.`);
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(ITEM_PATH);

  const findings = editor.getByTestId("leak-findings");
  await expect(findings).toContainText("Body: source dictionary entry (ALIAS) at 32");
  await expect(findings.locator("mark.leak")).toHaveCount(1);
  await expectAccessible(editor);
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "cannot be submitted" })).toContainText("Body: source dictionary entry (ALIAS) at 32");
  await expect(editor.getByRole("alert").filter({ hasText: "cannot be submitted" })).not.toContainText("Shami");
  await expect(editor.getByTestId("content-state")).toHaveText("Draft");
});

test("a name learned after publication suspends the item that carries it: the partner's download is refused and a take-down notice appears", async ({ browser }) => {
  test.setTimeout(180_000);
  // The partner takes a copy while nothing is known.
  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await partner.getByRole("link", { name: PUBLISHED_TITLE }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(PUBLISHED_TITLE);
  const itemPath = new URL(partner.url()).pathname;
  const itemId = itemPath.split("/").pop()!;
  expect((await partner.request.get(`${itemPath}/download?format=md`)).status()).toBe(200);

  // The editor learns a description that points at the source, and adds it to S-0002's dictionary.
  const editor = await as(browser, "editor");
  await editor.goto("/sources");
  await editor.getByRole("link", { name: "S-0002", exact: true }).click();
  await editor.waitForURL(/\/sources\/[^/]+$/);
  const sourcePath = new URL(editor.url()).pathname;
  await confirmItsMe(editor);
  await editor.getByRole("button", { name: "Show identifiers", exact: true }).click();
  await editor.getByLabel("Identifier as it appears").fill(LEARNED_LATER);
  await editor.getByLabel("Kind").selectOption("DESCRIPTION");
  await editor.getByRole("button", { name: "Add identifier" }).click();
  await expect(editor.getByTestId("dictionary")).toContainText(LEARNED_LATER);

  // The re-check runs in the background; the source page shows its progress and outcome.
  await editor.goto(sourcePath);
  const progress = editor.getByTestId("recheck-progress");
  await expect(progress).toContainText("a dictionary entry was added");
  await expect(progress).toContainText(/Done: \d+ items checked\. 1 suspended/, { timeout: 60_000 });
  await expectAccessible(editor);
  // The editor who added the entry follows it as a background job too: finished, at 100 %.
  await progress.getByRole("link", { name: "Follow it as a background job" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Re-check of published items");
  await expect(editor.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(editor.getByTestId("job-progress")).toContainText("Done.");
  await expectAccessible(editor);
  const jobPath = new URL(editor.url()).pathname;
  // Nobody else on staff sees it (the reviewer did not ask for it); an admin does.
  const stranger = await as(browser, "reviewer");
  expect((await stranger.goto(jobPath))?.status()).toBe(404);
  expect((await stranger.request.get(`${jobPath}/status`)).status()).toBe(404);
  const admin = await as(browser, "admin");
  expect((await admin.goto(jobPath))?.status()).toBe(200);
  await admin.goto("/admin/jobs");
  await expect(admin.getByText("No job has been given up on.")).toBeVisible();
  await expectAccessible(admin);
  await editor.goto("/dashboard");
  await expect(editor.getByTestId("suspended-items")).toContainText(PUBLISHED_TITLE);

  // The partner: refused, with a neutral reason, and asked to take the copy down.
  const refused = await partner.request.get(`${itemPath}/download?format=pdf`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toMatch(/not available at the moment/);
  await partner.goto("/portal");
  const notices = partner.getByTestId("withdrawal-notices");
  await expect(notices).toContainText("An item you downloaded");
  await expect(notices).toContainText("withdrawn for review");
  await expect(notices).not.toContainText(PUBLISHED_TITLE);
  await expect(partner.getByTestId("shared-campaign").getByRole("link", { name: PUBLISHED_TITLE })).toHaveCount(0);
  await expectAccessible(partner);

  // The entry was a mistake after all: removed, a reviewer lifts the suspension.
  await editor.goto(sourcePath);
  await confirmItsMe(editor);
  await editor.getByRole("button", { name: "Show identifiers", exact: true }).click();
  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByRole("button", { name: `Remove ${LEARNED_LATER}` }).click();
  await expect(editor.getByTestId("dictionary")).not.toContainText(LEARNED_LATER);
  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(`/content/${itemId}`);
  await expect(reviewer.getByTestId("suspension-banner")).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.getByRole("button", { name: "Lift the suspension" }).click();
  await expect(reviewer.getByTestId("suspension-banner")).toHaveCount(0);
  expect((await partner.request.get(`${itemPath}/download?format=md`)).status()).toBe(200);
});
