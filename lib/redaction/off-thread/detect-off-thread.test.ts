import { threadId as mainThreadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { FIXTURE_DICTIONARY, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { analyseTranscript } from "../analyse-transcript";
import { analyseOffThread, analyseOffThreadWithThread, detectionPool, TranscriptTooLargeToAnalyse } from "./detect-off-thread";

// Long enough that detection takes many turns of the event loop, even for a fast detector.
const LONG_TRANSCRIPT = FIXTURE_TRANSCRIPT.repeat(2_000);

describe("detection off the request thread", () => {
  it("runs in a worker thread and finds what the detector finds on this thread", async () => {
    const { result, threadId } = await analyseOffThreadWithThread(FIXTURE_TRANSCRIPT, FIXTURE_DICTIONARY);
    expect(threadId).not.toBe(mainThreadId);
    expect(result).toEqual(analyseTranscript(FIXTURE_TRANSCRIPT, FIXTURE_DICTIONARY));
    expect(result.findings.map((f) => f.text)).toEqual(expect.arrayContaining(["Karim Haddad", "+90 532 111 22 33"]));
  });

  it("leaves this thread free: a callback queued after detection starts runs before detection ends", async () => {
    const order: string[] = [];
    const detection = analyseOffThread(LONG_TRANSCRIPT, FIXTURE_DICTIONARY).then(() => order.push("detection finished"));
    // On this thread, detection would finish before any queued callback could run.
    setImmediate(() => order.push("this thread ran a callback"));
    await detection;
    expect(order).toEqual(["this thread ran a callback", "detection finished"]);
  });

  it("stops a detection past its time limit with a typed error that quotes nothing, then detects again", async () => {
    const workersBefore = detectionPool().stats.workersStarted;
    const error = await analyseOffThread(LONG_TRANSCRIPT, FIXTURE_DICTIONARY, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranscriptTooLargeToAnalyse);
    const message = String(error);
    expect(message).toMatch(/too large to analyse/);
    for (const secret of ["Karim", "Haddad", "Yusuf", "Samir", "532"]) expect(message).not.toContain(secret);
    const again = await analyseOffThread(FIXTURE_TRANSCRIPT, FIXTURE_DICTIONARY);
    expect(again.findings.length).toBeGreaterThan(0);
    expect(detectionPool().stats.workersStarted).toBe(workersBefore + 1);
  });
});
