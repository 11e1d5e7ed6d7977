import { expect, type Browser } from "@playwright/test";
import { confirmItsMe, expectAccessible, filterAuditLog, signIn, storageFor, test } from "./support";
import { mailedLink } from "./mailed-links";

test.use({ storageState: storageFor("admin") });

/** A second admin confirms what the first asked for; the asker cannot. */
async function confirmAsSecondAdmin(browser: Browser, page: import("@playwright/test").Page, email: string) {
  const mine = page.getByTestId(`staff-request-${email}`);
  await expect(mine).toContainText("Another admin must confirm your request.");
  await expect(mine.getByRole("button", { name: /^Confirm/ })).toHaveCount(0);
  const second = await (await browser.newContext({ storageState: storageFor("admin2") })).newPage();
  await second.goto("/admin/users");
  // Confirming a staff role is a role change: it asks for the password again.
  await confirmItsMe(second);
  const row = second.getByTestId(`staff-request-${email}`);
  await row.getByRole("button", { name: `Confirm the request for ${email}` }).click();
  await expect(row.getByText("Confirmed.")).toBeVisible();
  return { second, row };
}

async function inviteAndAccept(browser: Browser, page: import("@playwright/test").Page, email: string, role: string) {
  await page.goto("/admin/users");
  // Creating an account, like changing one's role or status, asks for the password again.
  await confirmItsMe(page);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText(`Invitation for ${email} requested.`)).toBeVisible();
  await page.reload();
  const since = new Date();
  const { row } = await confirmAsSecondAdmin(browser, page, email);
  // The demo sends email (to its mail catcher): the link goes to the invited address, not to the admins.
  await expect(row.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(row.getByTestId("invitation-link")).toHaveCount(0);
  const link = await mailedLink(email, "/invite", since);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const newcomer = await context.newPage();
  await newcomer.goto(link!);
  await expectAccessible(newcomer);
  await newcomer.getByLabel("Your name").fill("Nadia Newcomer");
  await newcomer.getByLabel(/^Password \(at least/).fill("a long enough password");
  await newcomer.getByLabel("Password again").fill("a long enough password");
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByText("Your account is ready")).toBeVisible();
  await signIn(newcomer, email, "a long enough password");
  return { context, newcomer };
}

test("an admin invites someone, who sets up an account and signs in; disabling them throws them out on the next click", async ({ browser, page }) => {
  const { newcomer } = await inviteAndAccept(browser, page, "nadia@demo.test", "EDITOR");
  await expect(newcomer.getByTestId("current-user")).toHaveText("Nadia Newcomer");

  await page.goto("/admin/users");
  await confirmItsMe(page);
  await expectAccessible(page);
  const row = page.getByTestId("user-nadia@demo.test");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Account disabled.")).toBeVisible();

  await newcomer.getByRole("link", { name: "Dashboard" }).click();
  await expect(newcomer).toHaveURL(/\/signin$/);
  await newcomer.getByLabel("Email").fill("nadia@demo.test");
  await newcomer.getByLabel("Password").fill("a long enough password");
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  await expect(newcomer.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("changing someone's role, once a second admin confirms it, ends their session at once", async ({ browser, page }) => {
  // An editor without high-risk sources signs in with a password alone (a new reviewer would first set up two-factor sign-in).
  const { newcomer } = await inviteAndAccept(browser, page, "omar@demo.test", "EDITOR");
  await expect(newcomer.getByRole("link", { name: "Themes" })).toBeVisible();

  await page.goto("/admin/users");
  await confirmItsMe(page);
  const row = page.getByTestId("user-omar@demo.test");
  await row.getByLabel("Role of omar@demo.test").selectOption("REVIEWER");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByText("Role change requested.")).toBeVisible();
  // Nothing changes until a second admin confirms.
  await newcomer.reload();
  await expect(newcomer.getByRole("link", { name: "Themes" })).toBeVisible();
  await page.reload();
  await confirmAsSecondAdmin(browser, page, "omar@demo.test");

  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/signin$/);
});

test("an admin manages partner organisations and reads the audit log", async ({ page }) => {
  await page.goto("/admin/partners");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill("Harbour Voices");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByTestId("partner-Harbour Voices")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("harbour voices");
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("already exists");

  const row = page.getByTestId("partner-Harbour Voices");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  await filterAuditLog(page, { action: "partner" });
  await expectAccessible(page);
  await expect(page.getByRole("cell", { name: "partner.created" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "partner.deactivated" })).toBeVisible();
});

test("an admin gives a partner organisation its default language, which its people read until they choose their own", async ({ page }) => {
  await page.goto("/admin/partners");
  await page.getByLabel("Name", { exact: true }).fill("Sawt Partners");
  await page.getByLabel("Default language", { exact: true }).selectOption("ar");
  await page.getByRole("button", { name: "Add organisation" }).click();
  const row = page.getByTestId("partner-Sawt Partners");
  await expect(row.getByLabel("Default language of Sawt Partners")).toHaveValue("ar");
  // Languages are named in themselves, whatever the admin reads.
  await expect(row.getByRole("option", { name: "Français" })).toHaveAttribute("lang", "fr");

  await row.getByLabel("Default language of Sawt Partners").selectOption("fr");
  await row.getByRole("button", { name: "Save the language of Sawt Partners" }).click();
  await expect(row.getByText("Default language saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("partner-Sawt Partners").getByLabel("Default language of Sawt Partners")).toHaveValue("fr");

  await filterAuditLog(page, { action: "partner.language-changed" });
  const changed = page.getByRole("cell", { name: /partner\.language-changed/ });
  await expect(changed).toContainText("Partner organisation's default language changed");
  await expect(changed).toContainText('"from":"ar"');
  await expect(changed).toContainText('"to":"fr"');
});

test("the layout is readable on a phone", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageFor("admin"), viewport: { width: 375, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.screenshot({ path: "test-results/phone-admin-users.png", fullPage: true });
  await context.close();
});
