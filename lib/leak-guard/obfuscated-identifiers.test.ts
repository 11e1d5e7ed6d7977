// Property: whatever an attacker or a hurried editor does to a source's identifier — markup
// inside a word, invisible characters, look-alike letters, a right-to-left override,
// Arabic presentation forms and keyboard letters, digits of other scripts, phone layouts,
// line wraps, in any composition — an item carrying it is blocked in EVERY form a partner
// receives: the Markdown as written and as read, the text file, the PDF read back, the
// portal preview, the API listing. Entries are random Latin and Arabic names, kunyas,
// places, phones and document numbers of synthetic sources, written into clean paragraphs.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { deliveredForms } from "@/lib/delivery/delivered-forms";
import { findLeaksInForms, type CheckedForm } from "./check-forms";
import type { IndexLookup } from "./identifier-index/find-in-index";
import { keyHasher } from "./identifier-index/index-hash";
import { memoryIndex } from "./identifier-index/memory-index";
import { cleanParagraphs } from "./testing/clean-corpus";
import { obfuscationCase } from "./testing/obfuscations";
import { syntheticSources, type SyntheticEntry } from "./testing/synthetic-sources";

const SOURCES = syntheticSources(60, 99);
const ENTRIES: SyntheticEntry[] = SOURCES.flatMap((s) => s.entries);
const PARAGRAPHS = cleanParagraphs();

let index: IndexLookup;
beforeAll(async () => {
  index = await memoryIndex(SOURCES.map((s) => ({ id: s.code, realName: s.realName, entries: s.entries })), keyHasher(randomBytes(32)));
});

const leakingItem = fc
  .tuple(fc.constantFrom(...ENTRIES), fc.constantFrom(...PARAGRAPHS))
  .chain(([entry, paragraph]) => obfuscationCase(entry).map((c) => ({ entry, c, paragraph })));

function bodyWith(paragraph: string, identifier: string): string {
  const sentences = paragraph.split(". ");
  return [sentences[0], `They knew ${identifier} well`, ...sentences.slice(1)].join(". ");
}

const unblocked = (forms: CheckedForm[], hits: { field: string }[]) => forms.filter((f) => !hits.some((h) => h.field === f.field)).map((f) => f.field);

describe("obfuscated identifiers", () => {
  it("are blocked in what the editor wrote, as written and as read", async () => {
    await fc.assert(
      fc.asyncProperty(leakingItem, async ({ c, paragraph }) => {
        const forms = [{ field: "body", label: "Body", text: bodyWith(paragraph.text, c.obfuscated), markdown: true }];
        expect(unblocked(forms, await findLeaksInForms(forms, index))).toEqual([]);
      }),
      { numRuns: 400, seed: 20261129 },
    );
  }, 60_000);

  it("are blocked in every delivered form: Markdown, text, PDF read back, preview, API listing", async () => {
    await fc.assert(
      fc.asyncProperty(leakingItem, async ({ c, paragraph }) => {
        const body = bodyWith(paragraph.text, c.obfuscated);
        const forms = (await deliveredForms({ id: "item", type: "ARTICLE", language: paragraph.language, title: "A story", body, attachments: [] })).filter((f) => f.field !== "delivered:api" && f.field !== "delivered:file-names");
        expect(unblocked(forms, await findLeaksInForms(forms, index))).toEqual([]);
      }),
      { numRuns: 30, seed: 20261130 },
    );
  }, 120_000);

  it("are blocked in the title, where the API listing and the file names carry them too", async () => {
    await fc.assert(
      fc.asyncProperty(leakingItem, async ({ c, entry }) => {
        fc.pre(entry.type !== "CONTACT" && entry.type !== "ID"); // numbers are not titles
        const title = `About ${c.obfuscated.replace(/\n/g, " ")}`;
        const forms = (await deliveredForms({ id: "item", type: "ARTICLE", language: "en", title, body: "Nothing here.", attachments: [] })).filter((f) => f.field === "delivered:api");
        expect(unblocked(forms, await findLeaksInForms(forms, index))).toEqual([]);
      }),
      { numRuns: 30, seed: 20261131 },
    );
  }, 120_000);
});
