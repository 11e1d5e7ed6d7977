// An editor records a source and its testimony; a reviewer off its team sees its code name but
// not its raw testimony; a partner is refused all of it.
import { expect } from "@playwright/test";
import { DEMO_SOURCE_CODE } from "@/lib/demo/seed-demo-sources";
import { confirmItsMe, expectAccessible, storageFor, test } from "./support";

const SRT = `1
00:00:01,000 --> 00:00:04,000
My name is Nour Saleh; in the brigade they called me Abu Bakr al-Halabi.

2
00:00:04,500 --> 00:00:07,000
<i>I left Jarablus in March 2016.</i>
`;

test.describe.configure({ mode: "serial" });

// A 1×1 transparent PNG, attached as a media file.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

let sourcePath = "";
let testimonyPath = "";
let mediaPath = "";

test.describe("editor", () => {
  test.use({ storageState: storageFor("editor") });

  test("creates a source, reveals its identifiers, adds one, records consent and adds a subtitle transcript", async ({ page }) => {
    await page.goto("/sources");
    await expectAccessible(page);
    await page.getByRole("link", { name: "New source" }).click();
    await expect(page).toHaveURL(/\/sources\/new$/);
    await expectAccessible(page);
    await page.getByLabel("Public pseudonym (optional)").fill("Nour");
    await page.getByLabel("Risk level").selectOption("CRITICAL");
    await page.getByLabel("Real name (optional)").fill("Nour Saleh");
    await page.getByRole("button", { name: "Create source" }).click();

    await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
    sourcePath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Source S-\d{4}$/);
    await expect(page.getByText("Nour Saleh")).toHaveCount(0);
    await expectAccessible(page);

    await confirmItsMe(page);
    await page.getByRole("button", { name: "Show identifiers" }).click();
    await expect(page.getByLabel("Real name")).toHaveValue("Nour Saleh");
    await page.getByLabel("Identifier as it appears").fill("Abu Bakr al-Halabi");
    await page.getByLabel("Kind").selectOption("ALIAS");
    await page.getByLabel(/Spelling variants/).fill("Abou Bakr, أبو بكر الحلبي");
    await page.getByRole("button", { name: "Add identifier" }).click();
    const dictionary = page.getByTestId("dictionary");
    await expect(dictionary.getByRole("cell", { name: "Abu Bakr al-Halabi", exact: true })).toBeVisible();
    await expect(dictionary.getByRole("cell", { name: "Abou Bakr, أبو بكر الحلبي" })).toBeVisible();
    await expect(page.getByLabel("Identifier as it appears")).toHaveValue("");
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: "Paraphrase" }).check();
    await page.getByRole("checkbox", { name: "Web" }).check();
    await page.getByLabel(/^Languages/).fill("en, ar");
    await page.getByRole("button", { name: "Record consent" }).click();
    await expect(page.getByText("Consent saved.")).toBeVisible();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Withdraw consent" }).click();
    await expect(page.getByText(/Consent was withdrawn on/)).toBeVisible();

    await page.getByRole("link", { name: "Add testimony" }).click();
    await expect(page).toHaveURL(/\/testimony\/new$/);
    await expectAccessible(page);
    await page.getByLabel("Language").selectOption("en");
    await page.getByLabel(/or upload the transcript/).setInputFiles({ name: "interview.srt", mimeType: "application/x-subrip", buffer: Buffer.from(SRT) });
    await page.getByLabel(/^Media files/).setInputFiles({ name: "nour-saleh-portrait.png", mimeType: "image/png", buffer: PNG });
    // the media file goes ahead through a resumable upload, sealed as it arrives
    const uploads: string[] = [];
    page.on("request", (request) => void (new URL(request.url()).pathname.startsWith("/api/uploads") && uploads.push(request.method())));
    await page.getByRole("button", { name: "Add testimony" }).click();

    await expect(page).toHaveURL(/\/testimony\/[0-9a-f-]{36}$/);
    testimonyPath = new URL(page.url()).pathname;
    const transcript = page.getByTestId("raw-transcript");
    await expect(transcript).toContainText("My name is Nour Saleh; in the brigade they called me Abu Bakr al-Halabi.");
    await expect(transcript).toContainText("I left Jarablus in March 2016.");
    await expect(transcript).not.toContainText("-->");
    await expect(transcript).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Redact", exact: true })).toHaveAttribute("href", `${testimonyPath}/redaction`);
    await expectAccessible(page);

    mediaPath = (await page.getByRole("link", { name: "Download media file 1" }).getAttribute("href")) ?? "";
    const download = await page.request.get(mediaPath);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("image/png");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="media-[0-9a-f-]{36}\.png"$/);
    expect(download.headers()["cache-control"]).toBe("no-store");
    expect(Buffer.compare(await download.body(), PNG)).toBe(0);
    expect(uploads).toEqual(expect.arrayContaining(["POST", "PATCH"]));
    const part = await page.request.get(mediaPath, { headers: { Range: "bytes=1-4" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toBe(`bytes 1-4/${PNG.length}`);
    expect(Buffer.compare(await part.body(), PNG.subarray(1, 5))).toBe(0);
  });

  test("is told what is wrong with an upload, and nothing is saved", async ({ page }) => {
    await page.goto(`${sourcePath}/testimony/new`);
    await page.getByLabel(/or upload the transcript/).setInputFiles({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Add testimony" }).click();
    await expect(page.getByText("Upload a .txt, .md, .srt, .vtt or .docx file.")).toBeVisible();
    await page.goto(sourcePath);
    await expect(page.getByRole("region", { name: "Testimony" }).getByRole("row")).toHaveCount(2);
  });
});

test.describe("reviewer not on the team", () => {
  test.use({ storageState: storageFor("reviewer") });

  test("sees the source's code name, risk and state, but not its raw transcript or media, and cannot change it", async ({ page }) => {
    expect((await page.request.get(mediaPath)).status()).toBe(404);
    await page.goto(sourcePath);
    await expect(page.getByTestId("not-on-team")).toContainText("Ask Elif Editor, its handling editor, to add you to the team.");
    await expect(page.getByRole("link", { name: "Add testimony" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save details" })).toHaveCount(0);
    const response = await page.goto(testimonyPath);
    expect(response?.status()).toBe(403);
    await expect(page.getByText("Abu Bakr al-Halabi")).toHaveCount(0);
  });
});

test.describe("editor on the team", () => {
  test.use({ storageState: storageFor("editor") });

  test("reads Arabic testimony right to left", async ({ page }) => {
    await page.goto("/sources");
    await confirmItsMe(page);
    await page.getByRole("link", { name: DEMO_SOURCE_CODE, exact: true }).click();
    await page.getByRole("link", { name: "Arabic (العربية)" }).click();
    const transcript = page.getByTestId("raw-transcript");
    await expect(transcript).toHaveAttribute("dir", "rtl");
    await expect(transcript).toHaveAttribute("lang", "ar");
    await expectAccessible(page);
  });

  test("the source and testimony pages fit on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/sources");
    await confirmItsMe(page);
    for (const [name, path] of [
      ["sources", "/sources"],
      ["source", sourcePath],
      ["testimony", testimonyPath],
    ] as const) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `test-results/phone-${name}.png`, fullPage: true });
    }
  });
});

test.describe("partner", () => {
  test.use({ storageState: storageFor("partner") });

  test("is refused the sources, the source and its testimony", async ({ page }) => {
    for (const path of ["/sources", "/sources/new", sourcePath, `${sourcePath}/testimony/new`, testimonyPath]) {
      const response = await page.goto(path);
      expect([403, 404], `partner → ${path}`).toContain(response?.status());
      await expect(page.getByText("Abu Bakr al-Halabi")).toHaveCount(0);
    }
    for (const path of [mediaPath, `${testimonyPath}/media/00000000-0000-0000-0000-000000000000`]) {
      const media = await page.request.get(path);
      expect(media.status(), `partner → ${path}`).toBe(404);
      expect(await media.text()).not.toContain("PNG");
    }
  });
});
