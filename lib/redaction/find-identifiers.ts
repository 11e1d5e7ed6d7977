// Runs the detector and the source's dictionary over a transcript: the findings
// the residual-risk panel checks, and the suggestions a new redaction starts with.
import "server-only";
import { randomUUID } from "node:crypto";
import { detectIdentifiers, DIRECT_TYPES, matchDictionary, type DictionaryEntry } from "@/lib/redaction/detector";
import type { Finding, IdentifierType, RedactionSpan } from "./model/types";

type Entry = { text: string; type: string; variants: string[] };

function asDetectorEntry(entry: Entry): DictionaryEntry {
  return { text: entry.text, type: entry.type as IdentifierType, variants: entry.variants };
}

export function findIdentifiers(text: string, dictionary: readonly Entry[]): Finding[] {
  const entries = dictionary.map(asDetectorEntry);
  const detected = detectIdentifiers(text, { dictionary: entries });
  const findings: Finding[] = detected.map((s) => ({ start: s.start, end: s.end, type: s.type, text: s.text, fromDictionary: s.source === "dictionary" }));
  // Dictionary matches are listed on their own too, so an entry stays flagged even
  // where the detector merged it into a wider span of another origin.
  const seen = new Set(findings.filter((f) => f.fromDictionary).map((f) => `${f.start}-${f.end}`));
  for (const match of matchDictionary(text, entries)) {
    if (seen.has(`${match.start}-${match.end}`)) continue;
    findings.push({ start: match.start, end: match.end, type: match.type, text: match.text, fromDictionary: true });
  }
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The entry each dictionary match belongs to, so variants share a placeholder number. */
function entityAt(text: string, dictionary: readonly Entry[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const entry of dictionary) {
    for (const match of matchDictionary(text, [asDetectorEntry(entry)])) owner.set(`${match.start}-${match.end}`, entry.text);
  }
  return owner;
}

/** Dictionary entries first, then direct identifiers, then the longest finding. */
function rank(f: Finding): number {
  return (f.fromDictionary ? 2_000_000 : 0) + (DIRECT_TYPES.includes(f.type) ? 1_000_000 : 0) + (f.end - f.start);
}

/**
 * One suggestion per cluster of overlapping findings, spanning the whole cluster,
 * so accepting every suggestion covers every finding.
 */
export function initialSuggestions(text: string, dictionary: readonly Entry[]): RedactionSpan[] {
  const owner = entityAt(text, dictionary);
  const clusters: Finding[][] = [];
  let clusterEnd = -1;
  for (const f of findIdentifiers(text, dictionary)) {
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

export function dictionaryLeaks(textToCheck: string, dictionary: readonly Entry[]): number {
  return matchDictionary(textToCheck, dictionary.map(asDetectorEntry)).length;
}
