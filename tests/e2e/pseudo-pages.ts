// The pages the pseudo-locale test reads, per role: each area adds its own below. A page is
// a path, or how to reach one (dynamic ids: follow a link from a list).
import type { Page } from "@playwright/test";
import type { DemoRole } from "./support";
import { SOURCES_EDITOR_PAGES, SOURCES_REVIEWER2_PAGES, SOURCES_REVIEWER_PAGES } from "./pseudo-sources";

export type PseudoPage = string | { name: string; open: (page: Page) => Promise<void> };

type Role = DemoRole | "anonymous";

export const PSEUDO_PAGES: { role: Role; pages: PseudoPage[] }[] = [
  // Shell, account and sign-in.
  { role: "anonymous", pages: ["/signin"] },
  { role: "editor", pages: ["/account/language"] },
  { role: "partner", pages: ["/account/language"] },

  // Sources, testimony and redaction.
  { role: "editor", pages: SOURCES_EDITOR_PAGES },
  { role: "reviewer", pages: SOURCES_REVIEWER_PAGES },
  { role: "reviewer2", pages: SOURCES_REVIEWER2_PAGES },

  // Content, reviews, campaigns, themes, search, dashboard.

  // Partner portal, jobs, downloads.

  // Administration.
];
