// How the pseudo-locale test reaches the pages of sources, testimony and redaction, whose ids
// differ on every run: from the sources list, by code name and by link target, never by a
// label (labels are accented in the pseudo-locale).
import type { Page } from "@playwright/test";
import { DEMO_SOURCE_CODE } from "@/lib/demo/seed-demo-sources";
import { DEMO_PASSWORD, storageFor } from "./support";
import type { PseudoPage } from "./pseudo-pages";

const ARABIC = "العربية";

/** The raw testimony and the redaction pages ask for a recent password: typed into the form by its field, not its label. */
async function confirmIfAsked(page: Page) {
  if (!new URL(page.url()).pathname.startsWith("/account/reauth")) return;
  const back = new URL(page.url()).searchParams.get("next") ?? "/";
  await page.locator("#reauth-password").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === back.split("?")[0]);
}

async function openSource(page: Page, code = DEMO_SOURCE_CODE) {
  await page.goto("/sources");
  await page.getByRole("link", { name: code, exact: true }).click();
  await page.waitForURL(/\/sources\/[^/]+$/);
}

async function testimonyPath(page: Page, language: "en" | "ar", code = DEMO_SOURCE_CODE): Promise<string> {
  await openSource(page, code);
  const links = page.locator('a[href^="/testimony/"]');
  const link = language === "ar" ? links.filter({ hasText: ARABIC }) : links.filter({ hasNotText: ARABIC });
  return (await link.first().getAttribute("href"))!;
}

async function openProtected(page: Page, path: string) {
  await page.goto(path);
  await confirmIfAsked(page);
  await page.waitForURL((url) => url.pathname === path);
}

async function openWorkspace(page: Page, language: "en" | "ar") {
  await openProtected(page, `${await testimonyPath(page, language)}/redaction`);
  await page.getByTestId("transcript").waitFor();
}

export const SOURCES_EDITOR_PAGES: PseudoPage[] = [
  "/sources",
  "/sources/new",
  { name: "a source's page", open: (page) => openSource(page) },
  {
    name: "new testimony",
    open: async (page) => {
      await openSource(page);
      await page.goto(`${new URL(page.url()).pathname}/testimony/new`);
    },
  },
  { name: "raw testimony", open: async (page) => openProtected(page, await testimonyPath(page, "en")) },
  { name: "redaction workspace, English testimony", open: (page) => openWorkspace(page, "en") },
  { name: "redaction workspace, Arabic testimony", open: (page) => openWorkspace(page, "ar") },
];

// S-0002's redaction was approved by reviewer2 in the demo: its review page is theirs to open.
// Only the source's team sees its testimony links, so the editor finds the way there.
async function approvedReviewPath(page: Page): Promise<string> {
  const editor = await page.context().browser()!.newContext({ storageState: storageFor("editor") });
  try {
    return `${await testimonyPath(await editor.newPage(), "en", "S-0002")}/review`;
  } finally {
    await editor.close();
  }
}

export const SOURCES_REVIEWER_PAGES: PseudoPage[] = ["/sources", "/reviews", { name: "a source's page", open: (page) => openSource(page) }];

export const SOURCES_REVIEWER2_PAGES: PseudoPage[] = [
  {
    name: "an approved redaction's review",
    open: async (page) => {
      await openProtected(page, await approvedReviewPath(page));
      await page.getByTestId("redaction-state").waitFor();
    },
  },
];
