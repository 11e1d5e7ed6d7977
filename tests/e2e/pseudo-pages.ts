// The pages the pseudo-locale test reads, per role: each area adds its own below. A page is
// a path, or how to reach one (dynamic ids: follow a link from a list).
import type { Page } from "@playwright/test";
import type { DemoRole } from "./support";
import { SOURCES_EDITOR_PAGES, SOURCES_REVIEWER2_PAGES, SOURCES_REVIEWER_PAGES } from "./pseudo-sources";

/** Opens `list` and follows the first link whose address starts with `prefix` (dynamic ids). */
const followFirst = (list: string, prefix: string, then?: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.goto(list);
  await page.locator(`main a[href^="${prefix}"]`).first().click();
  await page.waitForURL(new RegExp(`${prefix}[^/?]+`));
  if (then) await then(page);
};

/** A search that finds content, opened through the form (its words stay on the server). */
const searchFor = (words: string) => async (page: Page) => {
  await page.goto("/search");
  await page.locator("#search-q").fill(words);
  await page.locator("form[role=search] button[type=submit]").click();
  await page.waitForURL(/\/search\?h=/);
};

const contentPages = (role: "editor" | "reviewer"): PseudoPage[] => [
  "/dashboard",
  "/content",
  { name: "a content item", open: followFirst("/content", "/content/c") },
  {
    name: "a content item's versions",
    open: followFirst("/content", "/content/c", async (page) => {
      await page.locator('main a[href$="/versions"]').first().click();
      await page.waitForURL(/\/versions/);
    }),
  },
  "/campaigns",
  { name: "a campaign", open: followFirst("/campaigns", "/campaigns/c") },
  "/search",
  { name: "search results", open: searchFor("caliphate") },
  ...(role === "editor" ? ["/content/new", "/campaigns/new", "/themes"] : []),
];
/** The partners list links each organisation's pages (ids are not known in advance; link names are accented in en-XA). */
async function openFromPartners(page: Page, subpage: "tokens" | "webhooks") {
  await page.goto("/admin/partners");
  await page.getByTestId("partner-Demo Partner").locator(`a[href$="/${subpage}"]`).click();
  await page.waitForURL(new RegExp(`/admin/partners/[^/]+/${subpage}$`));
}

export type PseudoPage = string | { name: string; open: (page: Page) => Promise<void> };

type Role = DemoRole | "anonymous";

export const PSEUDO_PAGES: { role: Role; pages: PseudoPage[] }[] = [
  // Shell, account and sign-in.
  { role: "anonymous", pages: ["/signin", "/forgot-password", `/reset/${"x".repeat(43)}`, `/invite/${"x".repeat(43)}`, "/no-such-page"] },
  { role: "editor", pages: ["/account/language", "/account/notices", "/account/two-factor", "/account/reauth"] },
  { role: "reviewer", pages: ["/account/notices", "/account/two-factor"] },
  { role: "admin", pages: ["/account/two-factor", "/account/reauth"] },
  { role: "partner", pages: ["/account/language", "/account/notices", "/account/two-factor"] },

  // Sources, testimony and redaction.
  { role: "editor", pages: SOURCES_EDITOR_PAGES },
  { role: "reviewer", pages: SOURCES_REVIEWER_PAGES },
  { role: "reviewer2", pages: SOURCES_REVIEWER2_PAGES },

  // Content, reviews, campaigns, themes, search, dashboard.
  { role: "editor", pages: contentPages("editor") },
  { role: "reviewer", pages: contentPages("reviewer") },

  // Partner portal, jobs, downloads.
  {
    role: "partner",
    pages: [
      "/portal",
      {
        name: "a shared item",
        open: async (page) => {
          await page.goto("/portal");
          // earlier journeys leave campaigns with nothing published yet: the first with an item
          await page.locator('main a[href^="/portal/items/"]').first().click();
          await page.waitForURL(/\/portal\/items\//);
        },
      },
      {
        name: "a campaign kit's progress",
        open: async (page) => {
          await page.goto("/portal");
          await page.locator("main .kit-download button").first().click();
          await page.waitForURL(/\/jobs\//);
          await page.locator('[data-testid=job-progress][data-state=SUCCEEDED], [data-testid=job-progress][data-state=DEAD]').waitFor({ timeout: 60_000 });
          await page.getByTestId("prepared-download").or(page.getByRole("alert")).first().waitFor({ timeout: 30_000 });
        },
      },
    ],
  },

  // Administration.
  {
    role: "admin",
    pages: [
      "/admin/users",
      "/admin/partners",
      { name: "a partner organisation's API tokens", open: (page) => openFromPartners(page, "tokens") },
      { name: "a partner organisation's notices and webhook", open: (page) => openFromPartners(page, "webhooks") },
      "/admin/audit",
      "/admin/takedowns",
      "/admin/trace",
      "/admin/disclosure",
      "/admin/erasure",
      "/admin/reviews",
      "/admin/notices",
      "/admin/jobs",
    ],
  },
  { role: "editor", pages: ["/admin/takedowns"] },
];
