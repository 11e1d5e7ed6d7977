// The content journey on the demo data: an approved Arabic testimony of S-0001 is
// quoted, an image attached, reviewed by someone else and published; an item naming
// the source cannot be submitted and the editor sees where.
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_SOURCE_CODE, DEMO_SOURCE_DICTIONARY } from "@/lib/demo/seed-demo-sources";
import { confirmItsMe, expectAccessible, storageFor, test, type DemoRole } from "./support";

const ITEM_PATH = /\/content\/(?!new$)[^/]+$/;

async function as(browser: import("@playwright/test").Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

async function approveArabicRedaction(browser: import("@playwright/test").Browser) {
  const editor = await as(browser, "editor");
  await editor.goto("/sources");
  await confirmItsMe(editor);
  await editor.getByRole("link", { name: DEMO_SOURCE_CODE, exact: true }).click();
  await editor.waitForURL(/\/sources\/[^/]+$/);
  await editor.getByRole("link", { name: "Arabic" }).first().click();
  await editor.waitForURL(/\/testimony\/[^/]+$/);
  await editor.getByRole("link", { name: "Redact" }).click();
  await expect(editor.getByTestId("redaction-state")).toHaveText("Draft");
  await editor.getByRole("button", { name: /^Accept all \d+ suggestions$/ }).click();
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("button", { name: "Saved" })).toBeVisible();
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rosa Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByTestId("redaction-state")).toHaveText("In review");

  const reviewer2 = await as(browser, "reviewer2");
  await reviewer2.goto("/reviews");
  await confirmItsMe(reviewer2);
  await reviewer2.getByRole("link", { name: `Review ${DEMO_SOURCE_CODE}` }).first().click();
  await reviewer2.getByRole("button", { name: "Approve redaction" }).click();
  await expect(reviewer2.getByTestId("redaction-state")).toHaveText("Approved");
}

/** A new draft through the form; S-0001 consents to the web, in English and Arabic. */
async function createDraft(editor: Page, fields: { title: string; body: string; language: "en" | "ar" }): Promise<string> {
  await editor.goto("/content/new");
  await expectAccessible(editor);
  await editor.getByLabel("Language").selectOption(fields.language);
  await editor.getByLabel("Title").fill(fields.title);
  await editor.getByLabel("Body (Markdown)").fill(fields.body);
  await editor.getByRole("checkbox", { name: "Web", exact: true }).check();
  await editor.getByRole("button", { name: "Create draft" }).click();
  await editor.waitForURL(ITEM_PATH);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(fields.title);
  await expectAccessible(editor);
  return new URL(editor.url()).pathname;
}

test("editor quotes approved testimony and attaches an image, another reviewer approves, the editor publishes; an item naming the source cannot be submitted", async ({ browser }) => {
  test.setTimeout(240_000);
  await approveArabicRedaction(browser);

  const editor = await as(browser, "editor");
  const itemPath = await createDraft(editor, { title: "وعود لم تتحقق", body: "قالوا لنا إن الرواتب ستُدفع.", language: "ar" });

  // The picker offers approved redacted testimony only.
  await editor.getByRole("button", { name: "Search", exact: true }).click();
  const passages = editor.getByRole("list", { name: "Approved passages" });
  await expect(passages.getByText(DEMO_SOURCE_CODE).first()).toBeVisible();
  await passages.getByRole("button", { name: "Insert" }).first().click();
  await expect(editor.getByRole("status").filter({ hasText: "Quote inserted as version 2" })).toBeVisible();
  await expect(editor.getByRole("heading", { name: "Quotes" }).locator("..")).toContainText(`Source ${DEMO_SOURCE_CODE}`);

  // An image with words on it, made here; the server re-encodes it and reads its words.
  const words = await sharp({ text: { text: '<span foreground="#fff">BREAD QUEUE</span>', font: "DejaVu Sans Bold 36px", fontfile: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", rgba: true } }).png().toBuffer();
  const png = await sharp({ create: { width: 480, height: 120, channels: 3, background: "#2a6" } }).composite([{ input: words, top: 36, left: 40 }]).png().toBuffer();
  await editor.getByLabel(/^Image \(PNG, JPEG or WebP/).setInputFiles({ name: "leaflet.png", mimeType: "image/png", buffer: png });
  await editor.getByLabel("Alt text").fill("A green banner");
  await editor.getByLabel("Caption (optional)").fill("Handout for our campaign");
  await editor.getByRole("button", { name: "Upload image" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Image added as version 3" })).toBeVisible();
  const image = editor.getByTestId("attachments").getByRole("img", { name: "A green banner" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  // the reviewer sees what the leak guard checked in the picture
  await expect(editor.getByTestId("picture-words")).toContainText("BREAD QUEUE");
  const imageUrl = (await image.getAttribute("src"))!;
  const served = await editor.request.get(imageUrl);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({ "content-type": "image/png", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  await expectAccessible(editor);

  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  // Submitting renders every delivered form (PDF included) for the leak guard: slow on a loaded machine.
  await expect(editor.getByTestId("content-state")).toHaveText("In review", { timeout: 30_000 });

  const reviewer = await as(browser, "reviewer");
  await reviewer.goto(itemPath);
  await expectAccessible(reviewer);
  await expect(reviewer.getByTestId("leak-findings")).toHaveCount(0);
  await reviewer.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(reviewer.getByTestId("content-state")).toHaveText("Approved");

  await editor.goto(itemPath);
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByTestId("content-state")).toHaveText("Published");
  await expectAccessible(editor);

  // The partner reaches neither the item nor its image.
  const partner = await as(browser, "partner");
  expect((await partner.request.get(imageUrl)).status()).toBe(404);

  // A draft naming the source by a dictionary entry cannot even be submitted; the editor sees where.
  const entry = DEMO_SOURCE_DICTIONARY.find((e) => e.type === "PERSON")!.text;
  await createDraft(editor, { title: "Why people leave", body: `In our town ${entry} walked away from it all.`, language: "en" });
  await expect(editor.getByTestId("leak-findings").locator("mark.leak").filter({ hasText: entry })).toHaveCount(1);
  await editor.getByLabel("Reviewer", { exact: true }).selectOption({ label: "Rami Reviewer" });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("alert").filter({ hasText: "cannot be submitted" })).toContainText("Body: source dictionary entry (PERSON) at 12");
  await expect(editor.getByTestId("content-state")).toHaveText("Draft");
});

test("only admins and editors open the takedown list", async ({ browser }) => {
  for (const role of ["admin", "editor"] as const) {
    const page = await as(browser, role);
    expect((await page.goto("/admin/takedowns"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takedowns");
    await expect(page.getByText("No content has been withdrawn, retired or suspended after a partner downloaded it.").or(page.getByTestId("takedown").first())).toBeVisible();
    await expectAccessible(page);
  }
  for (const role of ["reviewer", "partner"] as const) {
    const page = await as(browser, role);
    expect([403, 404], role).toContain((await page.goto("/admin/takedowns"))?.status());
  }
});
