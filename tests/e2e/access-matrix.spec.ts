// Runtime side of the authorisation matrix: every page, opened by every demo role.
import { expect } from "@playwright/test";
import { expectAccessible, storageFor, test, type DemoRole } from "./support";

const PAGES: Record<string, DemoRole[]> = {
  "/dashboard": ["admin", "editor", "reviewer"],
  "/admin/users": ["admin"],
  "/admin/partners": ["admin"],
  "/admin/audit": ["admin"],
  "/portal": ["partner"],
  "/sources": ["admin", "editor", "reviewer"],
  "/sources/new": ["editor"],
  "/reviews": ["reviewer"],
  "/content": ["editor", "reviewer"],
  "/content/new": ["editor"],
  "/campaigns": ["editor", "reviewer"],
  "/campaigns/new": ["editor"],
  "/search": ["editor", "reviewer"],
  "/themes": ["editor"],
  "/admin/takedowns": ["admin", "editor"],
  "/admin/trace": ["admin"],
  "/admin/disclosure": ["admin"],
  "/account/two-factor": ["admin", "editor", "reviewer", "partner"],
  "/account/reauth": ["admin", "editor", "reviewer", "partner"],
  "/account/notices": ["admin", "editor", "reviewer", "partner"],
  "/admin/erasure": ["admin"],
  "/admin/reviews": ["admin"],
  "/admin/jobs": ["admin"],
};

for (const role of ["admin", "editor", "reviewer", "partner"] as const) {
  test.describe(role, () => {
    test.use({ storageState: storageFor(role) });
    test(`opens exactly the pages a ${role} may open`, async ({ page }) => {
      for (const [path, allowed] of Object.entries(PAGES)) {
        const response = await page.goto(path);
        const status = response?.status();
        if (allowed.includes(role)) expect(status, `${role} → ${path}`).toBe(200);
        else expect([403, 404], `${role} → ${path}`).toContain(status);
      }
    });
  });
}

test.describe("partner", () => {
  test.use({ storageState: storageFor("partner") });
  test("sees the campaigns shared with Demo Partner on the portal", async ({ page }) => {
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: "Shared with Demo Partner" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Hunger, not a caliphate" })).toBeVisible();
    await expectAccessible(page);
  });

  test("is refused the admin pages with a 403 page", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByText("admin@demo.test")).toHaveCount(0);
  });
});
