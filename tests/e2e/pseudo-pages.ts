// The pages the pseudo-locale test reads, per role: each area adds its own below. A page is
// a path, or how to reach one (dynamic ids: follow a link from a list).
import type { Page } from "@playwright/test";
import type { DemoRole } from "./support";

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
  { role: "anonymous", pages: ["/signin"] },
  { role: "editor", pages: ["/account/language"] },
  { role: "partner", pages: ["/account/language"] },

  // Sources, testimony and redaction.

  // Content, reviews, campaigns, themes, search, dashboard.

  // Partner portal, jobs, downloads.

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
