// The pages the pseudo-locale test reads, per role: each area adds its own below. A page is
// a path, or how to reach one (dynamic ids: follow a link from a list).
import type { Page } from "@playwright/test";
import type { DemoRole } from "./support";

export type PseudoPage = string | { name: string; open: (page: Page) => Promise<void> };

type Role = DemoRole | "anonymous";

export const PSEUDO_PAGES: { role: Role; pages: PseudoPage[] }[] = [
  // Shell, account and sign-in.
  { role: "anonymous", pages: ["/signin"] },
  { role: "editor", pages: ["/account/language"] },
  { role: "partner", pages: ["/account/language"] },

  // Sources, testimony and redaction.

  // Content, reviews, campaigns, themes, search, dashboard.

  // Partner portal, jobs, downloads.
  {
    role: "partner",
    pages: [
      "/portal",
      {
        name: "a shared item",
        open: async (page) => {
          await page.goto("/portal");
          await page.getByTestId("shared-campaign").first().getByRole("listitem").first().getByRole("link").click();
          await page.waitForURL(/\/portal\/items\//);
        },
      },
      {
        name: "a campaign kit's progress",
        open: async (page) => {
          await page.goto("/portal");
          await page.getByTestId("shared-campaign").first().locator(".kit-download button").click();
          await page.waitForURL(/\/jobs\//);
          await page.locator('[data-testid=job-progress][data-state=SUCCEEDED], [data-testid=job-progress][data-state=DEAD]').waitFor({ timeout: 60_000 });
          await page.getByTestId("prepared-download").or(page.getByRole("alert")).first().waitFor({ timeout: 30_000 });
        },
      },
    ],
  },

  // Administration.
];
