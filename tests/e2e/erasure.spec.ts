// An admin's erasure page: what erasing each source would destroy, and a confirmation that
// refuses anything but the source's exact code (the erasure itself is proved by the
// integration tests: erasing a demo source here would change what other journeys see).
import { expect } from "@playwright/test";
import { confirmItsMe, expectAccessible, storageFor, test } from "./support";

test.use({ storageState: storageFor("admin") });

test("an admin must type a source's exact code to erase it; a wrong code erases nothing", async ({ page }) => {
  await page.goto("/admin/erasure");
  await expect(page.getByRole("heading", { name: "Erase a source" })).toBeVisible();
  // Erasing is as sensitive as revealing: it asks for the password again first.
  await confirmItsMe(page);
  const row = page.getByTestId("erasure-S-0001");
  await expect(row).toContainText(/\d+ testimonies, \d+ dictionary entries/);
  await row.getByText("Erase S-0001…").click();
  await expectAccessible(page);
  await row.getByLabel("Type S-0001 to confirm").fill("S-0002");
  await row.getByLabel(/^Reason/).fill("Checking that a wrong code is refused.");
  await row.getByRole("button", { name: "Erase S-0001 for good" }).click();
  await expect(row.getByText("Type S-0001 exactly to confirm.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("erasure-S-0001")).toContainText(/\d+ testimonies/);
  await expect(page.getByTestId("erasure-S-0001").getByText("Erase S-0001…")).toBeVisible();
});
