// Detection results per (transcript, dictionary), so opening, saving, submitting and
// reviewing the same redaction runs the detector once. Keyed by SHA-256 digests, never
// by the text; bounded (least recently used goes first); concurrent requests for the
// same key share one detection. Failures are not cached: the next request tries again.
import { createHash } from "node:crypto";
import type { DictionaryInput, TranscriptAnalysis } from "../analyse-transcript";

type Analyse = (text: string, dictionary: readonly DictionaryInput[]) => Promise<TranscriptAnalysis>;

function sha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

export function analysisKey(text: string, dictionary: readonly DictionaryInput[]): string {
  // Entry order matters: a later entry owns a stretch two entries match.
  const entries = dictionary.map((e) => [e.text, e.type, e.variants]);
  return `${sha256(text)}:${sha256(JSON.stringify(entries))}`;
}

/** Shared between callers, so nobody may change it. */
function frozen(analysis: TranscriptAnalysis): TranscriptAnalysis {
  analysis.findings.forEach((f) => Object.freeze(f));
  analysis.entityBySpan.forEach((pair) => Object.freeze(pair));
  Object.freeze(analysis.findings);
  Object.freeze(analysis.entityBySpan);
  return Object.freeze(analysis);
}

export function createAnalysisCache(analyse: Analyse, maxEntries: number) {
  const done = new Map<string, TranscriptAnalysis>();
  const pending = new Map<string, Promise<TranscriptAnalysis>>();

  function remember(key: string, analysis: TranscriptAnalysis): void {
    done.set(key, analysis);
    while (done.size > maxEntries) done.delete(done.keys().next().value!);
  }

  return {
    async analysisFor(text: string, dictionary: readonly DictionaryInput[]): Promise<TranscriptAnalysis> {
      const key = analysisKey(text, dictionary);
      const hit = done.get(key);
      if (hit) {
        done.delete(key); // re-inserted: most recently used last
        done.set(key, hit);
        return hit;
      }
      const running = pending.get(key);
      if (running) return running;
      const started = analyse(text, dictionary)
        .then((analysis) => {
          const result = frozen(analysis);
          remember(key, result);
          return result;
        })
        .finally(() => pending.delete(key));
      pending.set(key, started);
      return started;
    },
    /** Already analysed (no detection is started). */
    has(text: string, dictionary: readonly DictionaryInput[]): boolean {
      return done.has(analysisKey(text, dictionary));
    },
    /** An analysis made elsewhere (a background job, on any instance), for the next request here. */
    prime(text: string, dictionary: readonly DictionaryInput[], analysis: TranscriptAnalysis): void {
      remember(analysisKey(text, dictionary), frozen(analysis));
    },
    get size(): number {
      return done.size;
    },
  };
}

export type AnalysisCache = ReturnType<typeof createAnalysisCache>;
