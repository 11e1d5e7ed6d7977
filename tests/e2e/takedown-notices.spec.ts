// Take-down notices end to end, on a source of its own (no other journey's demo source is
// withdrawn): an editor records a source and its testimony, a reviewer approves the redaction,
// an item repeating it is published and shared, the demo partner downloads it; the editor
// withdraws the consent, the take-down email reaches the partner naming the reference of its
// copy (and nothing of the item's words), the partner confirms removal on the portal, and the
// editor sees the confirmation on the take-downs page.
import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_CAMPAIGN_NAME } from "@/lib/demo/seed-demo-campaign";
import { confirmItsMe, expectAccessible, storageFor, test, type DemoRole } from "./support";
import { waitForCaughtMail } from "@/tests/support/caught-mail";
import { waitForCaughtWebhook } from "@/tests/support/caught-webhooks";
import { isolated } from "@/lib/i18n/isolate";

const STAMP = Date.now().toString(36);
const TITLE = `Bread that never came ${STAMP}`;
const SENTENCE = "We queued every morning for bread that never arrived while the commanders ate well in the big house.";
const TRANSCRIPT = `The bakery closed the week the fighters came and the flour went to their storehouse first. ${SENTENCE} Nobody who complained kept his place in the queue for long.`;
const ITEM_PATH = /\/content\/(?!new$)[^/]+$/;

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role), acceptDownloads: true })).newPage();
}

test("a withdrawn consent emails the partner a take-down; the partner confirms removal and the editor sees it", async ({ browser }) => {
  test.setTimeout(360_000);
  const editor = await as(browser, "editor");

  // A source of this journey's own, consenting to partner downloads, with one pasted testimony.
  await editor.goto("/sources/new");
  await editor.getByLabel("Risk level").selectOption("LOW");
  await editor.getByRole("button", { name: "Create source" }).click();
  await expect(editor).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  const sourcePath = new URL(editor.url()).pathname;
  const sourceCode = (await editor.getByRole("heading", { level: 1 }).textContent())!.replace("Source ", "").trim();
  await editor.getByRole("checkbox", { name: "Verbatim quotes" }).check();
  await editor.getByRole("checkbox", { name: "Web" }).check();
  await editor.getByRole("checkbox", { name: "Partner download" }).check();
  await editor.getByLabel(/^Languages/).fill("en");
  await editor.getByRole("button", { name: "Record consent" }).click();
  await expect(editor.getByText("Consent saved.")).toBeVisible();
  await editor.getByRole("link", { name: "Add testimony" }).click();
  await expect(editor).toHaveURL(/\/testimony\/new$/);
  await editor.getByLabel("Language", { exact: true }).selectOption("en");
  await editor.getByLabel("Transcript", { exact: true }).fill(TRANSCRIPT);
  await editor.getByRole("button", { name: "Add testimony" }).click();
  await expect(editor).toHaveURL(/\/testimony\/[0-9a-f-]{36}$/);
  const testimonyPath = new URL(editor.url()).pathname;

  // Redacted (nothing in it identifies anyone) and approved by the second reviewer.
  await confirmItsMe(editor);
  await editor.goto(`${testimonyPath}/redaction`);
  await expect(editor.getByTestId("redaction-state")).toHaveText("Draft");
  const acceptAll = editor.getByRole("button", { name: /^Accept all \d+ suggestions$/ });
  if (await acceptAll.isEnabled()) {
    await acceptAll.click();
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor.getByRole("button", { name: "Saved" })).toBeVisible();
  }
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rosa Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("redaction-state")).toHaveText("In review");
  const redactionReviewer = await as(browser, "reviewer2");
  await redactionReviewer.goto("/reviews");
  await confirmItsMe(redactionReviewer);
  await redactionReviewer.goto(`${testimonyPath}/review`);
  await redactionReviewer.getByRole("button", { name: "Approve redaction" }).click();
  await expect(redactionReviewer.getByTestId("redaction-state")).toHaveText("Approved");

  // An item repeating the approved testimony: linked to the source, reviewed, published, shared.
  await editor.goto("/content/new");
  await editor.getByLabel("Language").selectOption("en");
  await editor.getByLabel("Title").fill(TITLE);
  await editor.getByLabel("Body (Markdown)").fill(`A baker's son told us what the promises were worth.\n\n${SENTENCE}`);
  await editor.getByRole("checkbox", { name: "Web", exact: true }).check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(ITEM_PATH);
  const itemPath = new URL(editor.url()).pathname;
  const itemId = itemPath.split("/").pop()!;
  await expect(editor.getByTestId("pasted-testimony")).toContainText(sourceCode);
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("In review");
  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(itemPath);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");
  await editor.goto(itemPath);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("Published");
  await editor.goto("/campaigns");
  await editor.getByRole("link", { name: DEMO_CAMPAIGN_NAME }).click();
  await editor.getByLabel("Title contains").fill(TITLE);
  await editor.getByRole("button", { name: "Find items" }).click();
  await editor.getByRole("button", { name: `Add “${isolated(TITLE)}”` }).click();
  await expect(editor.getByTestId("campaign-items")).toContainText(TITLE);

  // The demo partner downloads it.
  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await partner.getByTestId("shared-campaign").getByRole("link", { name: TITLE }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const [download] = await Promise.all([partner.waitForEvent("download"), partner.getByRole("link", { name: "Markdown", exact: true }).click()]);
  // Demo Partner reads Arabic: the file names the reference in Arabic
  const reference = (await readFile((await download.path())!, "utf8")).match(/(?:ref|المرجع) ([0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1];
  expect(reference).toBeTruthy();

  // The editor withdraws the consent.
  await editor.goto(sourcePath);
  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(editor.getByText(/Consent was withdrawn on/)).toBeVisible();

  // The take-down email reaches the partner: the reference and the item id, never the item's words.
  const notice = await waitForCaughtMail((m) => m.to.includes("partner@demo.test") && m.text.includes(reference!), 60_000);
  expect(notice.subject).toMatch(/^Take-down/);
  expect(notice.text).toContain(itemId);
  expect(notice.text).toMatch(/\/api\/v1\/takedowns\/[^/\s]+\/ack/);
  for (const words of [TITLE, SENTENCE.slice(0, 40), "bakery", sourceCode]) expect(notice.text, "the email repeats nothing of the item or its source").not.toContain(words);

  // …and so does the signed asset.withdrawn event, at Demo Partner's endpoint (the demo's local receiver).
  const event = await waitForCaughtWebhook((hook) => hook.event?.type === "asset.withdrawn" && JSON.stringify(hook.event.data).includes(reference!));
  // every copy the organisation holds: the download, and the preview its page view recorded
  expect(event.event!.data).toMatchObject({ itemId, reason: "WITHDRAWN", references: expect.arrayContaining([reference]) });
  expect(event.headers["countervoice-signature"]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  for (const words of [TITLE, SENTENCE.slice(0, 40), "bakery", sourceCode]) expect(event.body, "the event repeats nothing of the item or its source").not.toContain(words);

  // The partner confirms removal on the portal.
  await partner.goto("/portal");
  const notices = partner.getByTestId("withdrawal-notices");
  await expect(notices).toContainText(reference!);
  const ours = notices.getByRole("listitem").filter({ hasText: `ref ${reference}` });
  await ours.getByRole("button", { name: /^Confirm removed/ }).click();
  await expect(ours.getByTestId("removal-confirmed")).toBeVisible();
  await partner.reload();
  await expect(partner.getByTestId("withdrawal-notices").getByRole("listitem").filter({ hasText: `ref ${reference}` }).getByTestId("removal-confirmed")).toBeVisible();
  await expectAccessible(partner);

  // The editor sees who confirmed.
  await editor.goto("/admin/takedowns");
  const takedown = editor.getByTestId("takedown").filter({ hasText: TITLE });
  const request = takedown.getByTestId("takedown-request").filter({ hasText: "Demo Partner" });
  await expect(request).toContainText("Confirmed");
  await expect(request).toContainText("via portal by partner@demo.test");
  await expectAccessible(editor);
});
