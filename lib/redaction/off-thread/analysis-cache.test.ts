import { describe, expect, it } from "vitest";
import { FIXTURE_DICTIONARY, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import type { DictionaryInput, TranscriptAnalysis } from "../analyse-transcript";
import { analysisKey, createAnalysisCache } from "./analysis-cache";
import { analyseOffThread, detectionPool } from "./detect-off-thread";

const EMPTY: TranscriptAnalysis = { findings: [], entityBySpan: [] };

function countingAnalyser() {
  const calls: string[] = [];
  const analyse = async (text: string, _dictionary: readonly DictionaryInput[]) => {
    calls.push(text);
    return { ...EMPTY, findings: [] };
  };
  return { calls, analyse };
}

describe("analysis cache", () => {
  it("returns the same findings for the same transcript and dictionary without another worker job", async () => {
    const cache = createAnalysisCache(analyseOffThread, 4);
    const transcript = `${FIXTURE_TRANSCRIPT} Cache check ${Math.random()}.`;
    const jobsBefore = detectionPool().stats.jobsStarted;
    const first = await cache.analysisFor(transcript, FIXTURE_DICTIONARY);
    const second = await cache.analysisFor(transcript, FIXTURE_DICTIONARY.map((e) => ({ ...e })));
    expect(second).toBe(first);
    expect(detectionPool().stats.jobsStarted).toBe(jobsBefore + 1);
    await cache.analysisFor(transcript, FIXTURE_DICTIONARY.slice(1));
    expect(detectionPool().stats.jobsStarted).toBe(jobsBefore + 2);
  });

  it("shares one detection between concurrent requests for the same transcript", async () => {
    const { calls, analyse } = countingAnalyser();
    const cache = createAnalysisCache(analyse, 4);
    await Promise.all([cache.analysisFor("same", []), cache.analysisFor("same", []), cache.analysisFor("same", [])]);
    expect(calls).toHaveLength(1);
  });

  it("keeps only the most recently used transcripts", async () => {
    const { calls, analyse } = countingAnalyser();
    const cache = createAnalysisCache(analyse, 2);
    for (const text of ["a", "b", "a", "c", "a", "b"]) await cache.analysisFor(text, []);
    // "b" was evicted by "c" ("a" had been used more recently), so it ran twice.
    expect(calls).toEqual(["a", "b", "c", "b"]);
    expect(cache.size).toBe(2);
  });

  it("does not remember a failure", async () => {
    let attempts = 0;
    const cache = createAnalysisCache(async () => {
      attempts++;
      if (attempts === 1) throw new Error("worker died");
      return EMPTY;
    }, 2);
    await expect(cache.analysisFor("t", [])).rejects.toThrow("worker died");
    await expect(cache.analysisFor("t", [])).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });

  it("keys by digests, never by the text, and hands out findings nobody can change", async () => {
    expect(analysisKey(FIXTURE_TRANSCRIPT, FIXTURE_DICTIONARY)).toMatch(/^[0-9a-f]{64}:[0-9a-f]{64}$/);
    expect(analysisKey(FIXTURE_TRANSCRIPT, FIXTURE_DICTIONARY)).not.toBe(analysisKey(FIXTURE_TRANSCRIPT, [...FIXTURE_DICTIONARY].reverse()));
    const cache = createAnalysisCache(async () => ({ findings: [{ start: 0, end: 5, type: "PERSON", text: "Karim", fromDictionary: false }], entityBySpan: [] }), 2);
    const analysis = await cache.analysisFor("Karim", []);
    expect(Object.isFrozen(analysis.findings)).toBe(true);
    expect(Object.isFrozen(analysis.findings[0])).toBe(true);
  });
});
