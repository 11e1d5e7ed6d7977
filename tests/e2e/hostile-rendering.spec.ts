// Hostile text rendered in Chromium: Markdown, a title, attachment names, alt text and
// captions, a campaign's name and objective, written to run script if anything renders them
// as markup. A window flag must stay unset and no dialog may open; the journeys' fixture also
// fails the test on any Content-Security-Policy violation (an injection that got as far as the
// browser). Raw HTML in a body is refused at the boundary instead.
import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { storageFor, test } from "./support";

// The second demo editor, so the first editor's dashboard (navigation.spec.ts) keeps its demo drafts in view.
test.use({ storageState: storageFor("editor2") });

const RUN = "window.__pwned=1";
const HOSTILE_TITLE = `"'><img src=x onerror="${RUN}"><svg onload=${RUN}>`;
const QUOTING_TITLE = `"' onmouseover="${RUN}" {{constructor.constructor('${RUN}')()}} \${${RUN}} javascript:${RUN}`;
const HOSTILE_BODY = [
  `[a link that runs script](javascript:${RUN})`,
  `[an encoded one](jav&#x09;ascript:${RUN})`,
  `<javascript:${RUN}>`,
  `[a data page](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)`,
  "`<script>" + RUN + "</script>` in code",
  "```html\n<script>" + RUN + "</script>\n<img src=x onerror=" + RUN + ">\n```",
  `&lt;script&gt;${RUN}&lt;/script&gt; as entities`,
  `> quoted ${"> ".repeat(10)}deep`,
  `| a | b |\n|---|---|\n| ${RUN} | [x](vbscript:${RUN}) |`,
].join("\n\n");

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
}

test("hostile Markdown, titles, attachment texts and campaign texts render as text, and no script runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // Raw HTML never gets in.
  await page.goto("/content/new");
  await page.getByLabel("Title").fill("Raw HTML");
  await page.getByLabel("Body (Markdown)").fill(`Hello <script>${RUN}</script> <img src=x onerror=${RUN}>`);
  await page.getByRole("checkbox", { name: "Web", exact: true }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText(/without HTML tags or comments/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/content\/new$/);
  await expectNothingRan(page);

  // A title that is markup is refused too: it heads every file a partner receives.
  await page.getByLabel("Title").fill(HOSTILE_TITLE);
  await page.getByLabel("Body (Markdown)").fill("Nothing here.");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByText(/without HTML tags or comments/).first()).toBeVisible();
  await expect(page).toHaveURL(/\/content\/new$/);
  await expectNothingRan(page);

  // Markdown that tries to become script is kept, and shown as text or inert links; so is a
  // title that breaks out of attributes and templates without being a tag.
  await page.getByLabel("Title").fill(QUOTING_TITLE);
  await page.getByLabel("Body (Markdown)").fill(HOSTILE_BODY);
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/\/content\/(?!new$)[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUOTING_TITLE);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => /^\s*(javascript|vbscript|data):/i.test(href))).toEqual([]);
  await expectNothingRan(page);

  // An image whose name, alt text and caption are markup.
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#345" } }).png().toBuffer();
  await page.getByLabel(/^Image \(PNG, JPEG or WebP/).setInputFiles({ name: `"><img src=x onerror=${RUN}>.png`, mimeType: "image/png", buffer: png });
  await page.getByLabel("Alt text").fill(`"><svg onload=${RUN}>`);
  await page.getByLabel("Caption (optional)").fill(`<script>${RUN}</script>`);
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Image added/ })).toBeVisible();
  await expect(page.getByTestId("attachments").getByRole("img", { name: `"><svg onload=${RUN}>` })).toBeVisible();
  await page.reload();
  await expectNothingRan(page);
  await page.goto(new URL(page.url()).pathname + "/versions");
  await expectNothingRan(page);

  // A campaign whose name and objective are markup.
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(`<img src=x onerror=${RUN}> campaign`);
  await page.getByLabel("Objective").fill(`"><script>${RUN}</script> [x](javascript:${RUN})`);
  await page.getByLabel(/^Languages/).fill("en");
  await page.getByRole("checkbox", { name: "Partner download" }).check();
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`<img src=x onerror=${RUN}> campaign`);
  await expectNothingRan(page);
  await page.goto("/campaigns");
  await expect(page.getByText(`<img src=x onerror=${RUN}> campaign`)).toBeVisible();
  await page.goto("/content");
  await expectNothingRan(page);

  expect(dialogs).toEqual([]);
});
