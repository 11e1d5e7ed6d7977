// Lists page by cursor: an editor moves between pages of sources by first / previous / next,
// and a cursor that was edited in the address shows the first page with a notice, not an error.
import { expect } from "@playwright/test";
import { expectAccessible, storageFor, test } from "./support";

const after = (seq: number) => Buffer.from(JSON.stringify({ d: "a", k: [seq] })).toString("base64url");

test.use({ storageState: storageFor("editor") });

test("pages through the sources by cursor and back to the first page", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByText(/^\d[\d,]* sources\.$/)).toBeVisible();
  await expect(page.getByTestId("source-S-0002")).toBeVisible();

  // The page after S-0002 (sequence 2) holds only S-0001, with a way back.
  await page.goto(`/sources?cursor=${after(2)}`);
  await expect(page.getByTestId("source-S-0001")).toBeVisible();
  await expect(page.getByTestId("source-S-0002")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Pages" }).getByText("Next →")).not.toHaveAttribute("href");
  await expectAccessible(page);
  await page.getByRole("link", { name: "← Previous" }).click();
  await expect(page.getByTestId("source-S-0002")).toBeVisible();
  await expect(page.getByTestId("source-S-0001")).toHaveCount(0);
  await page.goto(`/sources?cursor=${after(2)}`);
  await page.getByRole("link", { name: "« First page" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await expect(page.getByTestId("source-S-0001")).toBeVisible();
});

test("an edited cursor shows the first page with a notice, on every cursor list", async ({ page }) => {
  for (const path of ["/sources", "/content"]) {
    const response = await page.goto(`${path}?cursor=eyJkIjoiYSIsImsiOlsiUy0wMDAxIl19`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("That page link is not valid");
    await expectAccessible(page);
  }
});
