// Someone guessing at a reviewer's password from elsewhere slows down the guessing, never the
// reviewer for long: past five failures each attempt waits (seconds, at most 15 minutes), and
// the reviewer, once the wait is over, signs in and is told of the failures on the dashboard.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

test.use({ storageState: { cookies: [], origins: [] } });

const EMAIL = "reviewer2@demo.test";

test("a stranger's wrong passwords delay, not lock, the account, and its owner is told on the dashboard", async ({ browser, page }) => {
  // The stranger's requests come from another network (the address the proxy would append).
  const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.7" } });
  const guess = await stranger.newPage();
  await guess.goto("/signin");
  await guess.getByLabel("Email").fill(EMAIL);
  for (let i = 0; i < 5; i++) {
    await guess.getByLabel("Password").fill(`wrong guess ${i}`);
    await guess.getByRole("button", { name: "Sign in" }).click();
    await expect(guess.getByText("Email or password is incorrect.")).toBeVisible();
    await expect(guess.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // The sixth attempt comes inside the first wait: refused, and told when to try again.
  await guess.getByLabel("Password").fill("wrong guess 5");
  await guess.getByRole("button", { name: "Sign in" }).click();
  await expect(guess.getByText(/^Too many attempts\. Try again in \d+ seconds?\.$/)).toBeVisible();
  await stranger.close();

  // The owner, once the (one-second) wait is over, signs in with the right password.
  await expect(async () => signIn(page, EMAIL, DEMO_PASSWORD)).toPass({ timeout: 20_000 });
  await page.goto("/dashboard");
  const notice = page.getByTestId("failed-sign-in-notice");
  await expect(notice).toContainText(/\d+ failed sign-ins to your account since your last sign-in, the last from 203\.0\.113\.x at \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
  await expect(notice).not.toContainText("wrong guess");
  await expect(notice).not.toContainText("203.0.113.7");
});
