// The detector's and the source's dictionary's findings in a transcript: what the
// residual-risk panel checks, and the suggestions a new redaction starts with.
// Detection runs once per (transcript, dictionary) in a worker thread, then is cached.
import "server-only";
import { randomUUID } from "node:crypto";
import { DIRECT_TYPES, matchDictionary } from "@/lib/redaction/detector";
import type { DictionaryInput, TranscriptAnalysis } from "./analyse-transcript";
import { createAnalysisCache, type AnalysisCache } from "./off-thread/analysis-cache";
import { analyseOffThread } from "./off-thread/detect-off-thread";
import type { Finding, IdentifierType, RedactionSpan } from "./model/types";

// A few dozen transcripts: the ones being redacted and reviewed right now.
const CACHED_TRANSCRIPTS = 32;

const shared = globalThis as unknown as { countervoiceAnalysisCache?: AnalysisCache };

function analysisCache(): AnalysisCache {
  shared.countervoiceAnalysisCache ??= createAnalysisCache(analyseOffThread, CACHED_TRANSCRIPTS);
  return shared.countervoiceAnalysisCache;
}

/** Findings for a transcript; throws the typed errors of detect-off-thread.ts. */
export function findIdentifiers(text: string, dictionary: readonly DictionaryInput[]): Promise<TranscriptAnalysis> {
  return analysisCache().analysisFor(text, dictionary);
}

/** Whether this process has the findings already, so asking for them costs nothing. */
export function identifiersKnown(text: string, dictionary: readonly DictionaryInput[]): boolean {
  return analysisCache().has(text, dictionary);
}

/** Findings made elsewhere (lib/redaction/stored-analysis.ts), kept for this process's next request. */
export function rememberIdentifiers(text: string, dictionary: readonly DictionaryInput[], analysis: TranscriptAnalysis): void {
  analysisCache().prime(text, dictionary, analysis);
}

/** Dictionary entries first, then direct identifiers, then the longest finding. */
function rank(f: Finding): number {
  return (f.fromDictionary ? 2_000_000 : 0) + (DIRECT_TYPES.includes(f.type) ? 1_000_000 : 0) + (f.end - f.start);
}

/**
 * One suggestion per cluster of overlapping findings, spanning the whole cluster,
 * so accepting every suggestion covers every finding.
 */
export function initialSuggestions(analysis: TranscriptAnalysis): RedactionSpan[] {
  const owner = new Map(analysis.entityBySpan);
  const clusters: Finding[][] = [];
  let clusterEnd = -1;
  for (const f of analysis.findings) {
    if (f.start < clusterEnd) clusters[clusters.length - 1]!.push(f);
    else clusters.push([f]);
    clusterEnd = Math.max(clusterEnd, f.end);
  }
  return clusters.map((cluster) => {
    const start = Math.min(...cluster.map((f) => f.start));
    const end = Math.max(...cluster.map((f) => f.end));
    const lead = [...cluster].sort((a, b) => rank(b) - rank(a))[0]!;
    return {
      id: randomUUID(),
      start,
      end,
      type: lead.type,
      origin: cluster.some((f) => f.fromDictionary) ? "dictionary" : "detector",
      status: "SUGGESTED",
      treatment: { kind: "PLACEHOLDER" },
      entity: owner.get(`${start}-${end}`) ?? (lead.fromDictionary ? owner.get(`${lead.start}-${lead.end}`) : undefined),
    } satisfies RedactionSpan;
  });
}

/** Dictionary entries in a short text the editor wrote (generalisations): cheap, so on this thread. */
export function dictionaryLeaks(textToCheck: string, dictionary: readonly DictionaryInput[]): number {
  return matchDictionary(textToCheck, dictionary.map((e) => ({ text: e.text, type: e.type as IdentifierType, variants: e.variants }))).length;
}
