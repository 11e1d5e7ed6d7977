// What the pseudo-locale test looks for: words of plain ASCII letters on a page rendered in
// en-XA, where every catalogue string is accented. User content is left out: it is marked as
// such (bdi, dir="auto", data-user-content, or U+2068 … U+2069 inside an attribute) because it
// must be isolated in RTL anyway, and so is anything marked with a language of its own (lang="…").
import type { Page } from "@playwright/test";

/** Names and formats that read the same in every language. */
const ALLOWED = new Set(["Countervoice", "PDF", "ZIP", "API", "TOTP", "CSV", "JSON", "URL", "HTTPS", "SMTP", "PNG", "JPEG", "WebP", "Markdown", "README", "SRT", "VTT", "DOCX", "MP3", "MP4", "WAV", "OGG", "WEBM", "UTC"]);

// Dates and lists: Intl has no data for en-XA and writes them with English month and day
// names, "AM"/"PM" and "and"/"or". In Arabic and French Intl localises them itself; here they
// are not catalogue strings.
const MONTHS_AND_DAYS = "and or January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun".split(" ");
for (const word of MONTHS_AND_DAYS) ALLOWED.add(word);

export async function untranslatedWords(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    // An element marked with its own language (a language named in itself) is not in the page's.
    const SKIP = "script, style, noscript, template, bdi, [dir=auto], [data-user-content], [lang]:not(html), code, pre, kbd, samp, textarea, [aria-hidden=true], next-route-announcer, nextjs-portal";
    const words: string[] = [];
    // user content inside an attribute or a dialog is isolated with U+2068 … U+2069 (lib/i18n/isolate.ts)
    const take = (text: string | null | undefined) => {
      for (const word of (text ?? "").replace(/\u2068[^\u2069]*\u2069/g, " ").match(/(?<![\p{L}\d_@./-])[A-Za-z]{3,}(?![\p{L}\d_@.-])/gu) ?? []) words.push(word);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP)) continue;
      const style = getComputedStyle(parent);
      if (style.display === "none" || style.visibility === "hidden") continue;
      take(node.textContent);
    }
    for (const element of Array.from(document.querySelectorAll("[placeholder], [aria-label], [title], img[alt], input[type=submit], input[type=button]"))) {
      if (element.closest(SKIP)) continue;
      for (const name of ["placeholder", "aria-label", "title", "alt"]) take(element.getAttribute(name));
      if (element instanceof HTMLInputElement && (element.type === "submit" || element.type === "button")) take(element.value);
    }
    take(document.title.replace(/· Countervoice$/, ""));
    return words;
  });
  return [...new Set(found.filter((word) => !ALLOWED.has(word)))].sort();
}
