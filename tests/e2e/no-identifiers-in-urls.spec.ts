// No URL of the app carries a source's identifiers or testimony: every link and form action
// each demo role can reach from their start page is crawled (same origin, breadth first, at
// most 150 pages per role) and checked against the demo's real names, aliases, dictionary
// entries and transcripts. A search for a real name keeps the name out of the URL too.
import { expect, type APIRequestContext } from "@playwright/test";
import { HADI } from "@/lib/demo/demo-sources-hadi";
import { KARIM } from "@/lib/demo/demo-sources-karim";
import { OMAR } from "@/lib/demo/demo-sources-omar";
import { SALMA } from "@/lib/demo/demo-sources-salma";
import { SAMIR } from "@/lib/demo/demo-sources-samir";
import { DEMO_SOURCE_REAL_NAME } from "@/lib/demo/seed-demo-sources";
import { ROLES, storageFor, test } from "./support";

const SOURCES = [KARIM, SAMIR, OMAR, HADI, SALMA];
const MAX_PAGES = 150;

/** Lower-case words (any script) separated by single spaces, padded: word-boundary matching by `includes`. */
const words = (text: string) => ` ${text.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ")} `;
const compact = (text: string) => words(text).replace(/ /g, "");

const IDENTIFIERS = [...new Set(SOURCES.flatMap((s) => [s.realName, ...s.dictionary.flatMap((d) => [d.text, ...d.variants])]))];
/** Every run of three words of every transcript. */
const TESTIMONY_RUNS = [
  ...new Set(
    SOURCES.flatMap((s) => s.testimonies).flatMap((t) => {
      const w = words(t.transcript).trim().split(" ");
      return w.slice(2).map((_, i) => ` ${w.slice(i, i + 3).join(" ")} `);
    }),
  ),
];

/** What of the demo's identifiers or testimony a URL carries, decoded every way a reader would. */
function leaksIn(url: string): string[] {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, " "));
  } catch {
    // A malformed escape: check the text as it is.
  }
  const asWords = words(decoded);
  const asCompact = compact(decoded);
  const names = IDENTIFIERS.filter((id) => asWords.includes(words(id)) || (compact(id).length >= 8 && asCompact.includes(compact(id))));
  const testimony = TESTIMONY_RUNS.filter((run) => asWords.includes(run)).map((run) => `testimony “${run.trim()}”`);
  return [...names, ...testimony];
}

/** Downloads would record a delivery in the partner's name, signing out ends the stored session; build files are not pages. */
const SKIPPED = /^\/_next\/|\/download|\/kit(\/|$|\?)|\/images\/|\/attachments\/|\/media\/|\/export|\/head$|sign-?out|\/api\//;

const LINK = /<(?:a|link)\b[^>]*?\shref="([^"]*)"|<form\b[^>]*?\saction="([^"]*)"/g;
const unescapeHtml = (value: string) => value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

/** Breadth-first over every same-origin link; returns each URL met (visited or not) and how many pages were read. */
async function crawl(request: APIRequestContext, baseURL: string, start: string[]): Promise<{ seen: Set<string>; visited: number }> {
  const origin = new URL(baseURL).origin;
  const seen = new Set<string>(start.map((s) => new URL(s, origin).href));
  const queue = [...seen];
  let visited = 0;
  while (queue.length > 0 && visited < MAX_PAGES) {
    const url = queue.shift()!;
    if (SKIPPED.test(new URL(url).pathname)) continue;
    const response = await request.get(url);
    visited += 1;
    seen.add(response.url());
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    for (const match of (await response.text()).matchAll(LINK)) {
      const raw = unescapeHtml(match[1] ?? match[2] ?? "");
      if (!raw || /^(javascript|mailto|data):/i.test(raw)) continue;
      const next = new URL(raw, url);
      next.hash = "";
      if (next.origin !== origin || seen.has(next.href)) continue;
      seen.add(next.href);
      queue.push(next.href);
    }
  }
  return { seen, visited };
}

test("the identifiers checked are the demo's, and a URL carrying one is caught", () => {
  expect(IDENTIFIERS).toContain(DEMO_SOURCE_REAL_NAME);
  expect(leaksIn("http://localhost/search?q=Karim+Haddad")).toContain("Karim Haddad");
  expect(leaksIn("http://localhost/x/%D9%83%D8%B1%D9%8A%D9%85%20%D8%AD%D8%AF%D8%A7%D8%AF")).toContain("كريم حداد");
  expect(leaksIn("http://localhost/x/karimhaddad")).toContain("Karim Haddad");
  expect(leaksIn(`http://localhost/x?t=${encodeURIComponent("went out through the desert")}`).length).toBeGreaterThan(0);
  expect(leaksIn("http://localhost/sources/cm3k2x9a00001limpqz7rania/testimony/new?page=2")).toEqual([]);
});

for (const role of ROLES) {
  test.describe(role, () => {
    test.use({ storageState: storageFor(role) });

    test(`no link or form ${role} can reach carries an identifier or testimony`, async ({ page, baseURL }) => {
      test.setTimeout(600_000);
      const start = role === "partner" ? ["/portal"] : ["/dashboard"];
      if (["editor", "reviewer"].includes(role)) {
        // A search for a real name: its results page is crawled too, and its own URL says nothing.
        await page.goto("/search");
        await page.getByLabel("Words to find").fill(DEMO_SOURCE_REAL_NAME);
        await page.getByRole("button", { name: "Search" }).click();
        await page.waitForURL(/\/search\?h=/);
        expect(leaksIn(page.url())).toEqual([]);
        start.push(page.url());
      }
      const { seen, visited } = await crawl(page.request, baseURL!, start);
      expect(visited).toBeGreaterThan(role === "partner" ? 2 : 10);
      const leaking = [...seen].map((url) => ({ url, leaks: leaksIn(url) })).filter((u) => u.leaks.length > 0);
      expect(leaking).toEqual([]);
    });
  });
}
