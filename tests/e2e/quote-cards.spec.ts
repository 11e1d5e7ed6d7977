// The demo's quote cards as pictures: the partner chooses a size and a look, and the browser
// saves a PNG drawn for its organisation; an Arabic card is read back right to left by OCR.
import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_STABLE_PUBLISHED_TITLE_EN } from "@/lib/demo/demo-content";
import { ocrText } from "@/tests/support/ocr";
import { expectAccessible, storageFor, test } from "./support";

const ENGLISH_CARD = "Cleaning toilets for the caliphate";
const ARABIC_CARD = "انتهت الأخوّة عند أول وجبة";

async function partnerPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor("partner"), acceptDownloads: true })).newPage();
}

async function downloadCard(page: Page, size: string, look: string) {
  const form = page.getByTestId("picture-card-form");
  await form.getByLabel("Size").selectOption({ label: size });
  await form.getByLabel("Look").selectOption({ label: look });
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Download picture card" }).click()]);
  const png = await readFile((await download.path())!);
  return { fileName: download.suggestedFilename(), png, meta: await sharp(png).metadata() };
}

test("a partner downloads the demo's English and Arabic quote cards as pictures", async ({ browser }) => {
  const partner = await partnerPage(browser);
  await partner.goto("/portal");
  await partner.getByRole("link", { name: ENGLISH_CARD }).click();
  await expect(partner.getByRole("heading", { name: "Picture card" })).toBeVisible();
  await expectAccessible(partner);
  const story = await downloadCard(partner, "Story, 1080 × 1920", "Paper (light)");
  expect(story.fileName).toMatch(/^cleaning-toilets-for-the-caliphate-[0-9A-Z]{4}-[0-9A-Z]{4}-story\.png$/);
  expect([story.meta.format, story.meta.width, story.meta.height, story.meta.exif]).toEqual(["png", 1080, 1920, undefined]);
  // the page stays, so the partner can take another size
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(ENGLISH_CARD);

  await partner.goto("/portal");
  await partner.getByRole("link", { name: ARABIC_CARD }).click();
  const square = await downloadCard(partner, "Square, 1080 × 1080 (feeds)", "Night (dark blue)");
  expect([square.meta.width, square.meta.height]).toEqual([1080, 1080]);
  const read = await ocrText(square.png);
  expect(read).toContain("وجبة");
  // Demo Partner reads Arabic: its reference line is drawn in Arabic
  expect(read).toMatch(/Demo Partner/);

  // an article is not drawn as a card, and its page does not offer one
  await partner.goto("/portal");
  await partner.getByRole("link", { name: DEMO_STABLE_PUBLISHED_TITLE_EN }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(DEMO_STABLE_PUBLISHED_TITLE_EN);
  await expect(partner.getByTestId("picture-card-form")).toHaveCount(0);
});
