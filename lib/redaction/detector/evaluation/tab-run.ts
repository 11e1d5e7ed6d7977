// Runs the detector over one TAB split in-process and scores it (see tab-score.ts); shared
// by npm run bench:tab and the TAB table of npm run bench:redaction.
import { detectIdentifiers } from "../index";
import type { Span } from "../types";
import type { TabDocument, TabSplit } from "./tab-data";
import { emptyTabTally, scoreTabDocument, tabSummary, type TabTally } from "./tab-score";

export type TabRun = { split: TabSplit; documents: number; tally: TabTally; summary: ReturnType<typeof tabSummary>; spans: Map<string, Span[]>; seconds: number };

export function runTabSplit(all: readonly TabDocument[], split: TabSplit): TabRun {
  const docs = all.filter((d) => d.split === split);
  const tally = emptyTabTally();
  const spans = new Map<string, Span[]>();
  const started = performance.now();
  for (const doc of docs) {
    const found = detectIdentifiers(doc.text);
    spans.set(doc.id, found);
    scoreTabDocument(doc, found, tally);
  }
  return { split, documents: docs.length, tally, summary: tabSummary(tally), spans, seconds: (performance.now() - started) / 1000 };
}
