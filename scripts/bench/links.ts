// Reads the links of a rendered page: the bench finds its deep page by following "Next" the way
// a person would (lists page by cursor, so a page number cannot be made up), and its items by
// the links a list shows. Pure, so unit-tested on sample markup.

export type Link = { href: string; text: string; rel: string };

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

export function linksIn(html: string): Link[] {
  const links: Link[] = [];
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const attributes = match[1]!;
    const href = attributes.match(/\bhref="([^"]*)"/i)?.[1];
    if (href === undefined) continue;
    const rel = attributes.match(/\brel="([^"]*)"/i)?.[1] ?? "";
    const text = decode(match[2]!.replace(/<[^>]*>/g, "")).trim();
    links.push({ href: decode(href), text, rel });
  }
  return links;
}

/** The page's link to the next page of its list: rel="next", else a link whose text begins with "Next". */
export function nextPageHref(html: string): string | null {
  const links = linksIn(html);
  const next = links.find((l) => l.rel.split(/\s+/).includes("next")) ?? links.find((l) => /^next\b/i.test(l.text));
  return next?.href ?? null;
}

/** The first link to one record under `base` (e.g. /content/<id>), skipping fixed sub-pages such as /content/new. */
export function firstRecordHref(html: string, base: string, fixed: readonly string[] = ["new"]): string | null {
  const pattern = new RegExp(`^${base.replace(/[/]/g, "\\/")}\\/([A-Za-z0-9_-]+)$`);
  for (const link of linksIn(html)) {
    const id = link.href.match(pattern)?.[1];
    if (id && !fixed.includes(id)) return link.href;
  }
  return null;
}
