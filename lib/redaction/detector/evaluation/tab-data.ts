// Loads the Text Anonymization Benchmark (TAB; ECHR court cases, one annotator per document
// in the project's copy) for the detector bench. The file lives outside the repository
// (shared/tab/tab-144.json beside the checkout, or a path the caller names); its offsets count
// code points, ours UTF-16 units.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const TAB_SPLITS = ["train", "dev", "test"] as const;
export type TabSplit = (typeof TAB_SPLITS)[number];

export type TabMention = { start: number; end: number; entityType: string; identifierType: "DIRECT" | "QUASI" | "NO_MASK"; entityId: string };
export type TabDocument = { id: string; split: TabSplit; applicant: string; text: string; annotations: Record<string, TabMention[]> };

type RawMention = { start: number; end: number; entity_type: string; identifier_type: TabMention["identifierType"]; entity_id: string };
type RawDocument = { doc_id: string; split: TabSplit; applicant?: string; text: string; annotations: Record<string, RawMention[]> };

/** Where the TAB copy is: the caller's choice, else the shared folder next to the checkout. */
export function tabDataFile(projectRoot: string, explicit?: string): string | undefined {
  const candidates = [explicit, path.join(projectRoot, "..", "shared", "tab", "tab-144.json"), "/work/shared/tab/tab-144.json"];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** map[codePointIndex] = UTF-16 index, one entry past the end. */
export function codePointToUtf16(text: string): number[] {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return map;
}

/** UTF-16 index → code point index (for writing masks in TAB's own offsets). */
export function utf16ToCodePoint(text: string): (i: number) => number {
  const map = codePointToUtf16(text);
  const back = new Int32Array(text.length + 1).fill(-1);
  map.forEach((u, cp) => { back[u] = cp; });
  // an index inside a surrogate pair rounds down to its character
  for (let i = 1; i < back.length; i++) if (back[i] === -1) back[i] = back[i - 1] ?? 0;
  return (i) => back[Math.max(0, Math.min(text.length, i))] ?? 0;
}

export function loadTab(file: string): TabDocument[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as { docs: RawDocument[] };
  return raw.docs.map((d) => {
    const map = codePointToUtf16(d.text);
    const annotations: Record<string, TabMention[]> = {};
    for (const [annotator, mentions] of Object.entries(d.annotations)) {
      annotations[annotator] = mentions.map((m) => ({
        start: map[m.start] ?? 0, end: map[m.end] ?? 0, entityType: m.entity_type, identifierType: m.identifier_type, entityId: m.entity_id,
      }));
    }
    return { id: d.doc_id, split: d.split, applicant: d.applicant ?? "", text: d.text, annotations };
  });
}
