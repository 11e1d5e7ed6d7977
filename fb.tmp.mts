import { randomBytes } from "node:crypto";
import { memoryIndex } from "./lib/leak-guard/identifier-index/memory-index";
import { keyHasher } from "./lib/leak-guard/identifier-index/index-hash";
import { findIdentifiersInText } from "./lib/leak-guard/find-identifiers-in-text";
import { cleanParagraphs } from "./lib/leak-guard/testing/clean-corpus";
import { loadGuardWords } from "./lib/leak-guard/guard-words";
import { DEMO_SOURCES } from "./lib/demo/seed-demo-sources";
import { deliveredForms } from "./lib/delivery/delivered-forms";
import { syntheticSources } from "./lib/leak-guard/testing/synthetic-sources";
await loadGuardWords();
const syn = syntheticSources(2000, 2026);
const idx = await memoryIndex([...syn.map((s) => ({ id: s.code, realName: s.realName, entries: s.entries })), ...DEMO_SOURCES.map((s, i) => ({ id: `demo-${i}`, realName: s.realName, entries: s.dictionary }))], keyHasher(randomBytes(32)));
for (const p of cleanParagraphs().filter((p) => ["en-043", "en-050", "en-082", "ar-026", "ar-029", "ar-033", "ar-043", "ar-094", "X"].includes(p.id))) {
  const forms = await deliveredForms({ id: "bench", type: "ARTICLE", language: p.language, title: "A story", body: p.text, attachments: [] });
  for (const f of [{ field: "body", text: p.text }, ...forms.filter((f) => f.field === "delivered:pdf")]) {
    for (const h of await findIdentifiersInText(f.text, idx)) {
      const src = syn.find((s) => s.code === h.sourceId);
      const demo = h.sourceId?.startsWith("demo-") ? DEMO_SOURCES[+h.sourceId.slice(5)] : undefined;
      console.log(p.id, f.field, JSON.stringify(f.text.slice(Math.max(0, h.start - 25), h.end + 25)), "=>", JSON.stringify(f.text.slice(h.start, h.end)), h.type, h.fromDictionary, src ? JSON.stringify([src.realName, ...src.entries.map((e) => e.text + (e.variants ? "|" + e.variants.join("|") : ""))]).slice(0, 250) : demo ? JSON.stringify([demo.realName, ...demo.dictionary.map((e) => e.text)]).slice(0, 250) : "");
    }
  }
}
