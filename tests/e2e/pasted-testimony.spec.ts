// Testimony pasted without the quote picker on the demo data: an editor pastes a sentence of
// S-0005's approved testimony into a new item, the item page names S-0005, the item is
// reviewed, published and shared; when S-0005 withdraws consent it is retired at once and
// leaves the partner's portal, exactly as a quoted item does.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASTED_SENTENCE, DEMO_PASTED_SOURCE_CODE } from "@/lib/demo/demo-sources-salma";
import { DEMO_CAMPAIGN_NAME } from "@/lib/demo/seed-demo-campaign";
import { expectAccessible, storageFor, test, type DemoRole } from "./support";
import { isolated } from "@/lib/i18n/isolate";

const TITLE = `Hungry children ${Date.now().toString(36)}`;
const ITEM_PATH = /\/content\/(?!new$)[^/]+$/;

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

test("testimony pasted into an item links it to its source, whose withdrawal retires it and takes it out of the portal", async ({ browser }) => {
  test.setTimeout(240_000);
  const editor = await as(browser, "editor");

  // Pasted, not picked: copied from a transcript viewer, so it arrives re-wrapped.
  await editor.goto("/content/new");
  await editor.getByLabel("Language").selectOption("en");
  await editor.getByLabel("Title").fill(TITLE);
  await editor.getByLabel("Body (Markdown)").fill(`A mother who left told us what the promises were worth.\n\n${DEMO_PASTED_SENTENCE.replace(" but ", "\nbut ")}`);
  await editor.getByRole("checkbox", { name: "Web", exact: true }).check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(ITEM_PATH);
  const itemPath = new URL(editor.url()).pathname;
  const found = editor.getByTestId("pasted-testimony");
  await expect(found).toHaveText(`Text from ${DEMO_PASTED_SOURCE_CODE}'s approved testimony was found in this item (paragraph 2); its consent applies.`);
  await expectAccessible(editor);

  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("In review");
  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(itemPath);
  await expect(reviewer.getByTestId("pasted-testimony")).toContainText(DEMO_PASTED_SOURCE_CODE);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");
  await editor.goto(itemPath);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("Published");

  // Shared with Demo Partner through the demo campaign.
  await editor.goto("/campaigns");
  await editor.getByRole("link", { name: DEMO_CAMPAIGN_NAME }).click();
  await editor.getByLabel("Title contains").fill(TITLE);
  await editor.getByRole("button", { name: "Find items" }).click();
  await editor.getByRole("button", { name: `Add “${isolated(TITLE)}”` }).click();
  await expect(editor.getByTestId("campaign-items")).toContainText(TITLE);

  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await partner.getByTestId("shared-campaign").getByRole("link", { name: TITLE }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const portalPath = new URL(partner.url()).pathname;

  await editor.goto("/sources");
  await editor.getByRole("link", { name: DEMO_PASTED_SOURCE_CODE, exact: true }).click();
  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(editor.getByText(/Consent was withdrawn on/)).toBeVisible();

  await editor.goto(itemPath);
  await expect(editor.getByTestId("content-state")).toHaveText("Retired");
  await expect(editor.getByText(/retired: consent withdrawn/)).toBeVisible();

  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: DEMO_CAMPAIGN_NAME })).toBeVisible();
  await expect(partner.getByTestId("shared-campaign").getByRole("link", { name: TITLE })).toHaveCount(0);
  await expect(partner.getByTestId("withdrawal-notices")).toContainText(TITLE);
  await partner.goto(portalPath);
  await expect(partner.getByTestId("download-refusal")).toContainText("withdrawn consent");
  expect((await partner.request.get(`${portalPath}/download?format=md`)).status()).toBe(403);
  await expectAccessible(partner);
});
