// An editor cannot put a source's identifier in front of partners through a campaign's name
// or objective: the save is refused and says where; a campaign whose objective matches a
// dictionary entry learned after the save cannot be shared until fixed; and a shared one
// that starts matching is suspended — partners stop seeing it until a clean text is saved.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PARTNER_ORG } from "@/lib/demo/demo-accounts";
import { confirmItsMe, expectAccessible, storageFor, test, type DemoRole } from "./support";

test.describe.configure({ mode: "serial" });

const CAMPAIGN = `Hunger in the workshop ${Date.now().toString(36)}`;
// The demo source Karim's alias and village (lib/demo/demo-sources-karim.ts).
const NAMING_A_SOURCE = "Amplify the story of Abu Yusuf al-Shami from Kafr Nasir.";
// Clean when written; the nickname and the village are learned by a dictionary afterwards.
const WITH_NICKNAME = "Tell how hunger at the Zaytouni workshop broke faith in the food basket.";
const WITH_VILLAGE = "Tell how hunger at the Barakeh bakery broke faith in the food basket.";
const CLEAN = "Tell how hunger at a bakery broke faith in the food basket.";

let campaignPath = "";
let sourcePath = "";

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  return (await browser.newContext({ storageState: storageFor(role) })).newPage();
}

async function learnIdentifier(page: Page, text: string, kind: "ALIAS" | "LOCATION") {
  await page.goto(sourcePath);
  await confirmItsMe(page);
  await page.getByRole("button", { name: "Show identifiers" }).click();
  await page.getByLabel("Identifier as it appears").fill(text);
  await page.getByLabel("Kind").selectOption(kind);
  await page.getByRole("button", { name: "Add identifier" }).click();
  await expect(page.getByTestId("dictionary").getByRole("cell", { name: text, exact: true })).toBeVisible();
}

async function saveObjective(page: Page, objective: string) {
  await page.goto(campaignPath);
  await page.getByLabel("Objective").fill(objective);
  await page.getByRole("button", { name: "Save campaign" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
}

async function shareWithDemoPartner(page: Page) {
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByLabel("Partner organisation").selectOption({ label: DEMO_PARTNER_ORG });
  await page.getByRole("button", { name: "Share", exact: true }).click();
}

test("an editor cannot save an objective that names a source, and is told where without the name being repeated", async ({ browser }) => {
  const page = await as(browser, "editor");
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill(CAMPAIGN);
  await page.getByLabel("Objective").fill(NAMING_A_SOURCE);
  await page.getByLabel(/^Languages/).fill("en");
  await page.getByRole("button", { name: "Create campaign" }).click();

  const where = page.locator("#objective-error");
  await expect(where).toContainText("Objective: source dictionary entry (ALIAS) at 21–39 — remove or generalise it");
  await expect(where).toContainText("Objective: source dictionary entry (LOCATION) at 45–55 — remove or generalise it");
  await expect(where).not.toContainText("Yusuf");
  await expect(where).not.toContainText("Nasir");
  await expect(page).toHaveURL(/\/campaigns\/new$/);
  await expectAccessible(page);

  await page.getByLabel("Objective").fill(WITH_NICKNAME);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CAMPAIGN);
  campaignPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("campaign-leak-findings")).toHaveCount(0);
});

test("a campaign whose objective now matches a dictionary entry cannot be shared until the editor fixes it", async ({ browser }) => {
  const page = await as(browser, "editor");
  // A new source whose dictionary learns the nickname after the campaign was saved.
  await page.goto("/sources/new");
  await page.getByLabel("Risk level").selectOption("HIGH");
  await page.getByRole("button", { name: "Create source" }).click();
  await expect(page).toHaveURL(/\/sources\/[0-9a-f-]{36}$/);
  sourcePath = new URL(page.url()).pathname;
  await learnIdentifier(page, "Zaytouni", "ALIAS");

  await page.goto(campaignPath);
  const findings = page.getByTestId("campaign-leak-findings");
  await expect(findings).toContainText("Objective: source dictionary entry (ALIAS) at 23–31");
  await expect(findings.locator("mark")).toHaveText(/^Zaytouni/);
  await expectAccessible(page);

  await shareWithDemoPartner(page);
  await expect(page.getByRole("alert").filter({ hasText: "This campaign cannot be shared" })).toContainText(
    "Objective: source dictionary entry (ALIAS) at 23–31 — remove or generalise it.",
  );
  await expect(page.getByText("Not shared with any partner organisation.")).toBeVisible();

  await saveObjective(page, WITH_VILLAGE);
  await expect(page.getByTestId("campaign-leak-findings")).toHaveCount(0);
  await shareWithDemoPartner(page);
  await expect(page.getByTestId("campaign-partners")).toContainText(DEMO_PARTNER_ORG);

  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: CAMPAIGN })).toBeVisible();
});

test("a shared campaign that starts matching is suspended for partners and shown to staff until a clean save lifts it", async ({ browser }) => {
  const editor = await as(browser, "editor");
  await learnIdentifier(editor, "Barakeh", "LOCATION");

  const partner = await as(browser, "partner");
  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: "Shared with Demo Partner" })).toBeVisible();
  await expect(partner.getByRole("heading", { name: CAMPAIGN })).toHaveCount(0);
  await expect(partner.getByText("Barakeh")).toHaveCount(0);

  await editor.goto(campaignPath);
  await expect(editor.getByTestId("campaign-suspended")).toContainText("Suspended: possible identifier in the name or objective; fix the text to lift the suspension.");
  await expectAccessible(editor);
  await editor.goto("/dashboard");
  await expect(editor.getByTestId("suspended-campaigns").getByRole("link", { name: CAMPAIGN })).toBeVisible();
  await expectAccessible(editor);

  await saveObjective(editor, CLEAN);
  await expect(editor.getByTestId("campaign-suspended")).toHaveCount(0);
  await partner.goto("/portal");
  await expect(partner.getByRole("heading", { name: CAMPAIGN })).toBeVisible();
});
