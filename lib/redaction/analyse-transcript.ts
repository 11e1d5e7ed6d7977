// What the detector and the source's dictionary find in a transcript: the slow, pure
// part of opening a redaction. It runs in a worker thread (off-thread/detect-worker.ts),
// so what goes in and out is plain data that survives structured cloning.
import { detectIdentifiers, matchDictionary, type DictionaryEntry } from "./detector";
import type { Finding, IdentifierType } from "./model/types";

/** A dictionary entry as the source's dictionary stores it. */
export type DictionaryInput = { text: string; type: string; variants: string[] };

export type TranscriptAnalysis = {
  /** Detector spans and dictionary matches, sorted by start (longest first). */
  findings: Finding[];
  /** For each dictionary match ("start-end"), the entry it belongs to, so variant spellings share a placeholder number. */
  entityBySpan: [span: string, entity: string][];
};

function asDetectorEntry(entry: DictionaryInput): DictionaryEntry {
  return { text: entry.text, type: entry.type as IdentifierType, variants: entry.variants };
}

function findingsOf(text: string, entries: DictionaryEntry[]): Finding[] {
  // Only the fields a finding needs: detector spans may carry more (a rule name, say).
  const findings: Finding[] = detectIdentifiers(text, { dictionary: entries }).map((s) => ({ start: s.start, end: s.end, type: s.type, text: s.text, fromDictionary: s.source === "dictionary" }));
  // Dictionary matches are listed on their own too, so an entry stays flagged even
  // where the detector merged it into a wider span of another origin.
  const seen = new Set(findings.filter((f) => f.fromDictionary).map((f) => `${f.start}-${f.end}`));
  for (const match of matchDictionary(text, entries)) {
    if (seen.has(`${match.start}-${match.end}`)) continue;
    findings.push({ start: match.start, end: match.end, type: match.type, text: match.text, fromDictionary: true });
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

function entitiesOf(text: string, dictionary: readonly DictionaryInput[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const entry of dictionary) {
    for (const match of matchDictionary(text, [asDetectorEntry(entry)])) owner.set(`${match.start}-${match.end}`, entry.text);
  }
  return owner;
}

export function analyseTranscript(text: string, dictionary: readonly DictionaryInput[]): TranscriptAnalysis {
  return { findings: findingsOf(text, dictionary.map(asDetectorEntry)), entityBySpan: [...entitiesOf(text, dictionary)] };
}
