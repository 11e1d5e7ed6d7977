// The partner's side of delivery on the demo data: preview and download a published
// item, trace an excerpt of it back to that download, take the campaign kit; then the
// source of another item withdraws consent and the item leaves the partner's view.
import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_STABLE_PUBLISHED_TITLE_EN, DEMO_WITHDRAWAL_ITEM_TITLE, DEMO_WITHDRAWAL_SOURCE_CODE } from "@/lib/demo/demo-content";
import { DEMO_CAMPAIGN_NAME } from "@/lib/demo/seed-demo-campaign";
import { DEMO_PASSWORD, expectAccessible, storageFor, test, type DemoRole } from "./support";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role), acceptDownloads: true })).newPage();
}

async function downloadText(page: Page, linkName: string): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName, exact: true }).click()]);
  return { fileName: download.suggestedFilename(), text: await readFile((await download.path())!, "utf8") };
}

/** Thirty consecutive words from the body, as someone would copy them out of the file. */
function excerptOf(text: string): string {
  const body = text.split("\n").slice(2).join(" ");
  const words = body.split(" ").filter((w) => w.trim().length > 0);
  expect(words.length).toBeGreaterThan(35);
  return words.slice(3, 33).join(" ");
}

test("a partner downloads a published item, and an admin traces a 30-word excerpt back to that download", async ({ browser }) => {
  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await partner.getByRole("link", { name: DEMO_STABLE_PUBLISHED_TITLE_EN }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(DEMO_STABLE_PUBLISHED_TITLE_EN);
  await expectAccessible(partner);

  const markdown = await downloadText(partner, "Markdown");
  // The file speaks its organisation's language (Demo Partner's is Arabic); the page, the partner's (English).
  const reference = markdown.text.match(/أُعدّ لـ Demo Partner · المرجع ([0-9A-Z]{4}-[0-9A-Z]{4})/)?.[1];
  expect(reference, markdown.text).toBeTruthy();
  expect(markdown.fileName).toMatch(new RegExp(`${reference}\\.md$`));

  // Readable on a phone: nothing wider than the screen.
  await partner.setViewportSize({ width: 375, height: 740 });
  expect(await partner.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
  await partner.setViewportSize({ width: 1280, height: 720 });

  // The preview is marked for this organisation too.
  await expect(partner.getByTestId("prepared-for")).toHaveText(/^Prepared for Demo Partner · ref [0-9A-Z]{4}-[0-9A-Z]{4}$/);
  // A link on another site cannot make a download in the partner's name.
  const crossSite = await partner.request.get(`${new URL(partner.url()).pathname}/download?format=md`, { headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(crossSite.status()).toBe(403);

  const pdf = await partner.request.get(`${new URL(partner.url()).pathname}/download?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const admin = await as(browser, "admin");
  await admin.goto("/admin/trace");
  await admin.getByLabel("Leaked text").fill(excerptOf(markdown.text));
  await admin.getByRole("button", { name: "Trace" }).click();
  const finding = admin.getByTestId("trace-finding").first();
  await expect(finding).toContainText("Confidence: High");
  const row = finding.getByTestId("traced-download").filter({ hasText: reference! });
  await expect(row).toContainText("Demo Partner");
  await expect(row).toContainText("partner@demo.test");
  await expect(row).toContainText("md");
  await expectAccessible(admin);

  // The kit is built by a background job: its progress page, then the ZIP, once.
  await partner.goto("/portal");
  const campaign = partner.getByTestId("shared-campaign").filter({ hasText: DEMO_CAMPAIGN_NAME });
  await campaign.getByRole("button", { name: /Download the campaign kit/ }).click();
  await partner.waitForURL(/\/jobs\/[a-z0-9]+$/);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Preparing the campaign kit");
  const ready = partner.getByTestId("prepared-download");
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await expectAccessible(partner);
  const kitHref = (await ready.getAttribute("href"))!;
  const [kit] = await Promise.all([partner.waitForEvent("download"), ready.click()]);
  expect(kit.suggestedFilename()).toMatch(/-kit-[0-9A-Z]{4}-[0-9A-Z]{4}\.zip$/);
  const zip = await readFile((await kit.path())!);
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  expect(zip.toString("latin1")).toContain("manifest.json");
  // handed out once: the stored copy is gone
  expect((await partner.request.get(kitHref)).status()).toBe(410);
});

test("staff cannot open the partner's item pages or downloads", async ({ browser }) => {
  for (const role of ["admin", "editor", "reviewer"] as const) {
    const page = await as(browser, role);
    expect([403, 404], role).toContain((await page.goto("/portal/items/anything"))?.status());
    expect((await page.request.get("/portal/items/anything/download?format=md")).status(), role).toBe(404);
  }
});

test("withdrawing a source's consent takes its item out of the partner's view and stops its downloads", async ({ browser }) => {
  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await partner.getByRole("link", { name: DEMO_WITHDRAWAL_ITEM_TITLE }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(DEMO_WITHDRAWAL_ITEM_TITLE);
  const itemPath = new URL(partner.url()).pathname;
  await downloadText(partner, "Plain text");

  const editor = await as(browser, "editor");
  await editor.goto("/sources");
  await editor.getByRole("link", { name: DEMO_WITHDRAWAL_SOURCE_CODE, exact: true }).click();
  editor.once("dialog", (dialog) => void dialog.accept());
  await editor.getByRole("button", { name: "Withdraw consent" }).click();
  await expect(editor.getByText(/Consent was withdrawn on/)).toBeVisible();

  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: DEMO_CAMPAIGN_NAME })).toBeVisible();
  await expect(partner.getByTestId("shared-campaign").getByRole("link", { name: DEMO_WITHDRAWAL_ITEM_TITLE })).toHaveCount(0);
  const notices = partner.getByTestId("withdrawal-notices");
  await expect(notices).toContainText(DEMO_WITHDRAWAL_ITEM_TITLE);
  await expect(notices).toContainText("the speaker withdrew consent");
  await expectAccessible(partner);

  await partner.goto(itemPath);
  await expect(partner.getByTestId("download-refusal")).toContainText("withdrawn consent");
  await expect(partner.getByRole("link", { name: "Markdown" })).toHaveCount(0);
  const refused = await partner.request.get(`${itemPath}/download?format=md`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toMatch(/withdrawn consent/);

  const admin = await as(browser, "admin");
  await admin.goto("/admin/takedowns");
  const takedown = admin.getByTestId("takedown").filter({ hasText: DEMO_WITHDRAWAL_ITEM_TITLE });
  await expect(takedown).toContainText("Demo Partner");
});

test("a deactivated organisation is told why at sign-in and over the API, until an admin reactivates it", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const setActive = async (button: "Deactivate" | "Reactivate") => {
    await admin.goto("/admin/partners");
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByTestId("partner-Demo Partner").getByRole("button", { name: button }).click();
    await expect(admin.getByTestId("partner-Demo Partner").getByRole("button", { name: button === "Deactivate" ? "Reactivate" : "Deactivate" })).toBeVisible();
  };
  await setActive("Deactivate");
  try {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/signin");
    await visitor.getByLabel("Email").fill("partner@demo.test");
    await visitor.getByLabel("Password").fill(DEMO_PASSWORD);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "access to Countervoice has been deactivated" })).toBeVisible();

    const api = await visitor.request.get("/api/v1/assets", { headers: { Authorization: "Bearer cvp_demo_partner_token" } });
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toMatch(/deactivated/);
  } finally {
    await setActive("Reactivate");
  }
  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: "Shared with Demo Partner" })).toBeVisible();
});
