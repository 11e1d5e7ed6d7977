// Two-factor sign-in as a person meets it: a new reviewer is sent to set it up right
// after their password, reads the key beside the QR code into "their app" (otplib in
// the test), signs in again with password + code, and later with a recovery code.
import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { confirmItsMe, expectAccessible, filterAuditLog, storageFor, test } from "./support";
import { mailedLink } from "./mailed-links";

const EMAIL = "rana@example.org";
const PASSWORD = "a long enough password";
const step = () => Math.floor(Date.now() / 30_000);
const codeFor = (secret: string, timeStep: number) => generateSync({ secret, epoch: timeStep * 30 });

async function passwordStep(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Code from your authenticator app")).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
}

test.describe("two-factor sign-in", () => {
  test.use({ storageState: storageFor("admin") });

  test("a new reviewer enrols, signs in with a code, then with a recovery code that works only once", async ({ browser, page }) => {
    await page.goto("/admin/users");
    await confirmItsMe(page);
    await page.getByLabel("Email", { exact: true }).fill(EMAIL);
    await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    await expect(page.getByText(`Invitation for ${EMAIL} requested.`)).toBeVisible();
    // A staff invitation is a request until a second admin confirms it (with their password again).
    const second = await (await browser.newContext({ storageState: storageFor("admin2") })).newPage();
    await second.goto("/admin/users");
    await confirmItsMe(second);
    const request = second.getByTestId(`staff-request-${EMAIL}`);
    const since = new Date();
    await request.getByRole("button", { name: `Confirm the request for ${EMAIL}` }).click();
    await expect(request.getByText("Confirmed.")).toBeVisible();
    const link = await mailedLink(EMAIL, "/invite", since);

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const rana = await context.newPage();
    await rana.goto(link);
    await rana.getByLabel("Your name").fill("Rana Reviewer");
    await rana.getByLabel(/^Password \(at least/).fill(PASSWORD);
    await rana.getByLabel("Password again").fill(PASSWORD);
    await rana.getByRole("button", { name: "Create account" }).click();
    await expect(rana.getByText("Your account is ready")).toBeVisible();
    await expect(rana.getByTestId("demo-two-factor-notice")).toContainText("not enforced");

    // Password only: straight to set-up, and nothing else opens.
    await rana.getByLabel("Email").fill(EMAIL);
    await rana.getByLabel("Password").fill(PASSWORD);
    await rana.getByRole("button", { name: "Sign in" }).click();
    await expect(rana).toHaveURL(/\/account\/two-factor$/);
    await expect(rana.getByText("nothing else opens until you have")).toBeVisible();
    await rana.goto("/reviews");
    await expect(rana).toHaveURL(/\/account\/two-factor$/);
    expect((await rana.request.get("/testimony/anything/media/anything")).status()).toBe(404);

    await rana.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    await expect(rana.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    await expectAccessible(rana);
    const secret = (await rana.getByTestId("totp-secret").textContent())!.replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const enrolStep = step();
    await rana.getByLabel("Code from your app").fill(codeFor(secret, enrolStep));
    await rana.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const listed = rana.getByTestId("recovery-codes").locator("li");
    await expect(listed).toHaveCount(10);
    const codes = (await listed.allTextContents()).map((c) => c.trim());
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    await rana.getByRole("button", { name: "Sign in again" }).click();
    await expect(rana).toHaveURL(/\/signin$/);

    // Password, then a code: the enrolment's code is spent, so the app's next code is used.
    await passwordStep(rana);
    await rana.getByLabel("Code from your authenticator app").fill(codeFor(secret, enrolStep));
    await rana.getByRole("button", { name: "Sign in" }).click();
    await expect(rana.getByRole("main").getByRole("alert")).toContainText("already been used");
    await rana.getByLabel("Code from your authenticator app").fill(codeFor(secret, enrolStep + 1));
    await rana.getByRole("button", { name: "Sign in" }).click();
    await expect(rana).toHaveURL(/\/dashboard$/);
    await expect(rana.getByTestId("current-user")).toHaveText("Rana Reviewer");
    await signOut(rana);

    // A recovery code instead of the app, once.
    await passwordStep(rana);
    await rana.getByRole("button", { name: "Use a recovery code instead" }).click();
    await rana.getByLabel("Recovery code").fill(codes[0]!);
    await rana.getByRole("button", { name: "Sign in" }).click();
    await expect(rana).toHaveURL(/\/dashboard$/);
    await rana.goto("/account/two-factor");
    await expect(rana.getByText("9 of 10 recovery codes left")).toBeVisible();
    await signOut(rana);

    await passwordStep(rana);
    await rana.getByRole("button", { name: "Use a recovery code instead" }).click();
    await rana.getByLabel("Recovery code").fill(codes[0]!);
    await rana.getByRole("button", { name: "Sign in" }).click();
    await expect(rana.getByRole("main").getByRole("alert")).toContainText("already been used");
    await expect(rana).toHaveURL(/\/signin$/);

    // The admin's audit log shows all of it.
    await filterAuditLog(page, { action: "two-factor" });
    await expect(page.getByRole("cell", { name: "two-factor.enrolled" })).toBeVisible();
    await filterAuditLog(page, { action: "auth.recovery-code-used" });
    await expect(page.getByRole("cell", { name: "auth.recovery-code-used" }).first()).toBeVisible();
    await context.close();
  });
});
