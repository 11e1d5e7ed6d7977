// A person who forgot their password gets back in from the sign-in page: they ask for a link,
// read it in their mail (the demo's mail catcher), choose a new password and sign in with it.
// The request answers the same for an address without an account; the link works once; the
// sessions signed in before the reset end. A freshly invited partner plays the person, so the
// demo accounts keep their password for the other journeys.
import { expect, type Browser, type Page } from "@playwright/test";
import { confirmItsMe, expectAccessible, signIn, storageFor, test } from "./support";
import { mailedLink } from "./mailed-links";

const suffix = Date.now().toString(36);
const EMAIL = `pia-${suffix}@partner.example`;
const FIRST_PASSWORD = "first long enough password";
const NEW_PASSWORD = "violet tractor sings at dawn";

test.use({ storageState: storageFor("admin") });

async function invitePartner(browser: Browser, page: Page): Promise<Page> {
  await page.goto("/admin/users");
  await confirmItsMe(page);
  await page.getByLabel("Email", { exact: true }).fill(EMAIL);
  await page.getByLabel("Role", { exact: true }).selectOption("PARTNER");
  await page.getByLabel("Partner organisation").selectOption({ label: "Demo Partner" });
  const since = new Date();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText(`Sent to ${EMAIL}.`)).toBeVisible();
  const person = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await person.goto(await mailedLink(EMAIL, "/invite", since));
  await person.getByLabel("Your name").fill("Pia Partner");
  await person.getByLabel(/^Password \(at least/).fill(FIRST_PASSWORD);
  await person.getByLabel("Password again").fill(FIRST_PASSWORD);
  await person.getByRole("button", { name: "Create account" }).click();
  await expect(person.getByText("Your account is ready")).toBeVisible();
  return person;
}

async function askForLink(page: Page, email: string): Promise<string> {
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const answer = page.getByRole("status").filter({ hasText: "If an account exists for that address" });
  await expect(answer).toBeVisible();
  return (await answer.textContent())!;
}

test("a person resets a forgotten password from the sign-in page", async ({ browser, page }) => {
  const person = await invitePartner(browser, page);
  // Signed in elsewhere before the reset: that session must end with it.
  const elsewhere = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(elsewhere, EMAIL, FIRST_PASSWORD);
  await expect(elsewhere).toHaveURL(/\/portal$/);

  const stranger = await askForLink(person, `nobody-${suffix}@partner.example`);
  const since = new Date();
  const answer = await askForLink(person, EMAIL);
  expect(answer).toBe(stranger);
  await expectAccessible(person);

  const link = await mailedLink(EMAIL, "/reset", since);
  await person.goto(link);
  await expect(person.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(person);
  await person.getByLabel(/^New password \(at least/).fill(NEW_PASSWORD);
  await person.getByLabel("New password again").fill(NEW_PASSWORD);
  await person.getByRole("button", { name: "Set new password" }).click();
  await expect(person).toHaveURL(/\/signin\?reset=1$/);
  await expect(person.getByTestId("password-reset-done")).toBeVisible();

  // The link worked once.
  await person.goto(link);
  await expect(person.getByText("This link does not work")).toBeVisible();
  await expect(person.getByLabel(/^New password/)).toHaveCount(0);

  // The old password no longer signs in; the new one does; the earlier session has ended.
  await person.goto("/signin");
  await person.getByLabel("Email").fill(EMAIL);
  await person.getByLabel("Password").fill(FIRST_PASSWORD);
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(person.locator("#signin-error")).toBeVisible();
  await signIn(person, EMAIL, NEW_PASSWORD);
  await expect(person).toHaveURL(/\/portal$/);
  await elsewhere.goto("/portal");
  await expect(elsewhere).toHaveURL(/\/signin/);
});

test("the notice preferences page offers a partner only failed sign-in notices", async ({ browser }) => {
  const partner = await (await browser.newContext({ storageState: storageFor("partner") })).newPage();
  await partner.goto("/portal");
  await partner.getByRole("link", { name: "Notice preferences" }).click();
  await expect(partner).toHaveURL(/\/account\/notices$/);
  await expect(partner.getByLabel("Failed sign-ins")).toBeChecked();
  await expect(partner.getByLabel("Review requests")).toHaveCount(0);
  await expect(partner.getByTestId("takedown-notices-always")).toBeVisible();
  await expectAccessible(partner);
  await partner.getByLabel("Failed sign-ins").uncheck();
  await partner.getByRole("button", { name: "Save" }).click();
  await expect(partner.getByText("Saved.")).toBeVisible();
  await partner.reload();
  await expect(partner.getByLabel("Failed sign-ins")).not.toBeChecked();
  // Back as it was, for anyone else using the demo partner.
  await partner.getByLabel("Failed sign-ins").check();
  await partner.getByRole("button", { name: "Save" }).click();
  await expect(partner.getByText("Saved.")).toBeVisible();
});
