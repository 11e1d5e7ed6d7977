import { expect } from "@playwright/test";
import { DEMO_DRAFT_TITLE, DEMO_IN_REVIEW_TITLE } from "@/lib/demo/demo-content";
import { expectAccessible, storageFor, test, type DemoRole } from "./support";

const EXPECTED_NAV: Record<DemoRole, { home: RegExp; links: string[] }> = {
  admin: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "People", "Partner organisations", "Audit log", "Takedowns", "Trace a leak", "Disclosure budgets", "Erase a source", "Review assignments", "Email notices", "Background jobs"] },
  admin2: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "People", "Partner organisations", "Audit log", "Takedowns", "Trace a leak", "Disclosure budgets", "Erase a source", "Review assignments", "Email notices", "Background jobs"] },
  editor: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Themes", "Takedowns"] },
  editor2: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Themes", "Takedowns"] },
  reviewer: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Redaction reviews"] },
  reviewer2: { home: /\/dashboard$/, links: ["Dashboard", "Sources", "Content", "Campaigns", "Search", "Redaction reviews"] },
  partner: { home: /\/portal$/, links: ["Shared with us"] },
};

for (const [role, expected] of Object.entries(EXPECTED_NAV) as [DemoRole, (typeof EXPECTED_NAV)[DemoRole]][]) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageFor(role) });

    test(`lands on their start page and sees only their navigation`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(expected.home);
      const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
      await expect(links).toHaveText(expected.links);
      await expect(page.getByTestId("demo-banner")).toHaveText("Demo data — not for real testimony");
      await expectAccessible(page);
    });
  });
}

test("the sign-in page is accessible and gives one message for any wrong credentials", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByTestId("demo-banner")).toHaveText("Demo data — not for real testimony");
  await expectAccessible(page);
  for (const [email, password] of [
    ["editor@demo.test", "wrong-password"],
    ["nobody@demo.test", "countervoice-demo"],
  ]) {
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  }
});

test("anonymous visitors are sent to sign in", async ({ page }) => {
  for (const path of ["/", "/dashboard", "/admin/users", "/portal"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin$/);
  }
});

// The seeded draft and item in review: no other journey touches them.
test.describe("dashboard", () => {
  test.describe("editor", () => {
    test.use({ storageState: storageFor("editor") });
    test("lists the editor's content drafts and opens one", async ({ page }) => {
      await page.goto("/dashboard");
      const drafts = page.getByRole("region", { name: /^My content drafts/ });
      await expect(drafts.getByRole("link", { name: DEMO_DRAFT_TITLE })).toBeVisible();
      await expect(page.getByRole("region", { name: /^Content waiting for my review/ })).toHaveCount(0);
      await expectAccessible(page);
      await drafts.getByRole("link", { name: DEMO_DRAFT_TITLE }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_DRAFT_TITLE);
    });
  });

  test.describe("reviewer", () => {
    test.use({ storageState: storageFor("reviewer") });
    test("lists the content waiting for the reviewer", async ({ page }) => {
      await page.goto("/dashboard");
      const waiting = page.getByRole("region", { name: /^Content waiting for my review/ });
      await expect(waiting.getByRole("link", { name: DEMO_IN_REVIEW_TITLE })).toBeVisible();
      await expect(page.getByRole("region", { name: /^My content drafts/ })).toHaveCount(0);
      await expectAccessible(page);
    });
  });
});
