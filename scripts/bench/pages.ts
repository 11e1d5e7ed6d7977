// The pages npm run bench measures, and how it finds the address of each in whatever database
// the server holds: through the app itself (lists, the partner API, the search form's server
// action), as a person or a partner's system would, so the same code serves PostgreSQL and the
// embedded database (which only its server process may open).
import fs from "node:fs";
import { firstRecordHref, nextPageHref } from "./links";

export type Caller = "anonymous" | "editor" | "reviewer" | "admin" | "partner" | "token";

export type Target = {
  origin: string;
  /** A Cookie header per signed-in role, or the partner API's Authorization header for "token". */
  credentials: Partial<Record<Caller, Record<string, string>>>;
  commonWord: string;
  rareWord: string;
  deepHops: number;
  notes: string[];
};

/** A page that this database cannot offer (no item in that state, a list of one page): not measured, and said why. */
export class NotMeasurable extends Error {}

export type PageSpec = { name: string; caller: Caller; path: (target: Target) => Promise<string> };

export const BARE = "bare";

export async function get(target: Target, caller: Caller, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${target.origin}${path}`, { headers: target.credentials[caller] ?? {}, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

async function page(target: Target, caller: Caller, path: string): Promise<string> {
  const { status, text } = await get(target, caller, path);
  if (status !== 200) throw new NotMeasurable(`${path.split("?")[0]} answered HTTP ${status} to ${caller}`);
  return text;
}

async function staticFile(target: Target): Promise<string> {
  const html = await page(target, "anonymous", "/signin");
  const file = html.match(/\/_next\/static\/[^"'?\s]+\.(?:css|js)/)?.[0];
  if (!file) throw new NotMeasurable("the sign-in page links no static file");
  return file;
}

async function deepContentPage(target: Target): Promise<string> {
  let path = "/content";
  let hops = 0;
  for (; hops < target.deepHops; hops++) {
    const next = nextPageHref(await page(target, "editor", path));
    if (!next) break;
    path = next;
  }
  if (hops === 0) throw new NotMeasurable("the content list has a single page");
  if (hops < target.deepHops) target.notes.push(`content-deep: the list ended after ${hops} "Next" links (asked for ${target.deepHops})`);
  return path;
}

function itemIn(state: string, caller: Caller) {
  return async (target: Target) => {
    const href = firstRecordHref(await page(target, caller, `/content?state=${state}`), "/content");
    if (!href) throw new NotMeasurable(`${caller} sees no item in state ${state}`);
    return href;
  };
}

/**
 * The search form posts its words to a server action that keeps them on the server and answers
 * with /search?h=<handle> (valid 10 minutes, so asked for again before each measurement). The
 * action's id comes from this build's manifest, and its argument is encoded as React encodes
 * (previous state, FormData): the form's fields under "_1_", the argument list in "0".
 */
function search(word: (t: Target) => string) {
  return async (target: Target) => {
    const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
    const id = Object.entries(manifest.node).find(([, a]) => a.filename === "app/(staff)/search/actions.ts" && a.exportedName === "searchAction")?.[0];
    if (!id) throw new NotMeasurable("the build has no search action");
    const body = new FormData();
    body.append("_1_q", word(target));
    body.append("0", JSON.stringify([null, "$K1"]));
    const response = await fetch(`${target.origin}/search`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { ...target.credentials.editor, Origin: target.origin, "Next-Action": id, Accept: "text/x-component" },
    });
    await response.arrayBuffer();
    const location = (response.headers.get("x-action-redirect") ?? response.headers.get("location"))?.split(";")[0];
    if (!location?.startsWith("/search?h=")) throw new NotMeasurable(`the search action answered HTTP ${response.status} without a results address`);
    return location;
  };
}

async function partnerJson<T>(target: Target, path: string): Promise<T> {
  return JSON.parse(await page(target, "token", path)) as T;
}

/** A campaign shared with the partner that has published assets (its page for staff, its kit for the partner). */
export async function sharedCampaignId(target: Target): Promise<string> {
  const { campaigns } = await partnerJson<{ campaigns: { id: string; assetIds: string[] }[] }>(target, "/api/v1/campaigns");
  const campaign = campaigns.find((c) => c.assetIds.length > 0);
  if (!campaign) throw new NotMeasurable("no campaign with published assets is shared with the partner");
  return campaign.id;
}

async function pdfDownload(target: Target): Promise<string> {
  const { assets } = await partnerJson<{ assets: { id: string }[] }>(target, "/api/v1/assets");
  if (assets.length === 0) throw new NotMeasurable("the partner has no published asset");
  return `/api/v1/assets/${encodeURIComponent(assets[0]!.id)}/download?format=pdf`;
}

const fixed = (path: string) => async () => path;

export const PAGES: PageSpec[] = [
  { name: BARE, caller: "anonymous", path: fixed("/api/bench/bare") },
  { name: "health", caller: "anonymous", path: fixed("/api/health") },
  { name: "static", caller: "anonymous", path: staticFile },
  { name: "content-1", caller: "editor", path: fixed("/content") },
  { name: "content-deep", caller: "editor", path: deepContentPage },
  { name: "search-common", caller: "editor", path: search((t) => t.commonWord) },
  { name: "search-rare", caller: "editor", path: search((t) => t.rareWord) },
  { name: "item-draft", caller: "editor", path: itemIn("DRAFT", "editor") },
  { name: "item-in-review", caller: "reviewer", path: itemIn("IN_REVIEW", "reviewer") },
  { name: "item-approved", caller: "editor", path: itemIn("APPROVED", "editor") },
  { name: "item-published", caller: "editor", path: itemIn("PUBLISHED", "editor") },
  { name: "dashboard", caller: "editor", path: fixed("/dashboard") },
  { name: "sources", caller: "editor", path: fixed("/sources") },
  { name: "campaign", caller: "editor", path: async (t) => `/campaigns/${encodeURIComponent(await sharedCampaignId(t))}` },
  { name: "audit", caller: "admin", path: fixed("/admin/audit") },
  { name: "portal", caller: "partner", path: fixed("/portal") },
  { name: "api-assets", caller: "token", path: fixed("/api/v1/assets") },
  { name: "api-pdf", caller: "token", path: pdfDownload },
];
