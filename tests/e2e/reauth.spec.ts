// Re-authentication before revealing a source's identifiers: a proof older than 10
// minutes is refused with a way to confirm, which comes back to the same page.
import { expect } from "@playwright/test";
import { DEMO_PASSWORD, signIn, test } from "./support";
import { ageNewestSessionOf } from "./session-rows";

test.use({ storageState: { cookies: [], origins: [] } });

test("an editor whose last proof is 11 minutes old confirms it's them, comes back, and sees the identifiers", async ({ page }) => {
  await signIn(page, "editor@demo.test");
  await ageNewestSessionOf("editor@demo.test", "reauthAt", 11);
  await page.goto("/sources");
  await page.getByRole("link", { name: "S-0002", exact: true }).click();
  await page.waitForURL(/\/sources\/[^/]+$/);
  const sourcePath = new URL(page.url()).pathname;

  await page.getByRole("button", { name: "Show identifiers", exact: true }).click();
  const refusal = page.getByRole("main").getByRole("alert");
  await expect(refusal).toContainText("Confirm it's you first");
  await expect(page.getByTestId("identifiers")).toHaveCount(0);
  await refusal.getByRole("link", { name: "Confirm it's you" }).click();

  await expect(page).toHaveURL(/\/account\/reauth\?next=/);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That password is not right");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page).toHaveURL(new RegExp(`${sourcePath}$`));

  await page.getByRole("button", { name: "Show identifiers", exact: true }).click();
  await expect(page.getByTestId("identifiers")).toBeVisible();
});

test("raw testimony and its media ask an editor whose last proof is 11 minutes old to confirm it's them first, then come back", async ({ page }) => {
  await signIn(page, "editor@demo.test");
  await page.goto("/sources");
  await page.getByRole("link", { name: "S-0001", exact: true }).click();
  await page.getByRole("link", { name: "English" }).first().click();
  await page.waitForURL(/\/testimony\/[^/]+$/);
  const testimonyPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("raw-transcript")).toBeVisible();

  await ageNewestSessionOf("editor@demo.test", "reauthAt", 11);
  for (const path of [testimonyPath, `${testimonyPath}/redaction`]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/account/reauth\\?next=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByTestId("raw-transcript")).toHaveCount(0);
  }
  // A download link followed from a page left open: sent to confirm, never given the file.
  const media = await page.request.get(`${testimonyPath}/media/00000000-0000-0000-0000-000000000000`, { maxRedirects: 0 });
  expect(media.status()).toBe(303);
  expect(media.headers()["location"]).toBe(`/account/reauth?next=${encodeURIComponent(testimonyPath)}`);

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page).toHaveURL(new RegExp(`${testimonyPath}/redaction$`));
  await page.goto(testimonyPath);
  await expect(page.getByTestId("raw-transcript")).toBeVisible();
});
