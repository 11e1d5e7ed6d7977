// The idle limit signs a person out. This spec ages its own session's last activity
// (session-rows.ts) past any limit and clicks on.
import { expect } from "@playwright/test";
import { signIn, test } from "./support";
import { ageNewestSessionOf } from "./session-rows";

test.use({ storageState: { cookies: [], origins: [] } });

test("a staff member idle past the limit is signed out on their next click, and told why", async ({ page }) => {
  await signIn(page, "reviewer2@demo.test");
  await page.goto("/dashboard");
  await expect(page.getByTestId("current-user")).toHaveText("Rosa Reviewer");

  await ageNewestSessionOf("reviewer2@demo.test", "lastSeenAt", 24 * 60);
  await page.getByRole("link", { name: "Content", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByTestId("session-ended")).toHaveText(/signed out after \d+ minutes without activity/);
  // Ended for good: going back does not revive it.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin$/);
});
