// The pages the pseudo-locale test reads, per role: each area adds its own below. A page is
// a path, or how to reach one (dynamic ids: follow a link from a list).
import type { Page } from "@playwright/test";
import type { DemoRole } from "./support";

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

  // Content, reviews, campaigns, themes, search, dashboard.

  // Partner portal, jobs, downloads.

  // Administration.
];
