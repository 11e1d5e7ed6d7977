// A long transcript's identifiers are found by a background job: the workspace shows its
// progress meanwhile, then opens from the stored findings on any instance (here: with this
// process's cache emptied), and a dictionary change makes them stale.
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { NotAllowed } from "@/lib/errors";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createUser, rid } from "@/tests/support/factories";
import { createSourceWithTestimony, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { detectionPool } from "./off-thread/detect-off-thread";
import { detectionInBackground, DETECT_JOB } from "./detect-in-background";
import { openRedaction } from "./open-redaction";

// The embedded demo's in-process queue, and "long" made short for the test.
const LONG = FIXTURE_TRANSCRIPT.length - 1;
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: () => "pglite", env: () => ({ ...actual.env(), DETECT_IN_BACKGROUND_ABOVE_CHARS: LONG }) };
});

afterEach(() => stopJobWorkers());

/** Another instance: nothing analysed in this process's memory. */
function freshInstance() {
  (globalThis as { countervoiceAnalysisCache?: unknown }).countervoiceAnalysisCache = undefined;
}

async function untilFinished(jobId: string) {
  for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const job = await db().backgroundJob.findUniqueOrThrow({ where: { id: jobId } });
    if (job.state === "SUCCEEDED" || job.state === "DEAD") return job;
  }
  throw new Error("the detection job did not finish");
}

describe("detection on a long transcript", () => {
  it("runs as the editor's background job, then the workspace opens from the stored findings without detecting again", async () => {
    const editor = await createUser("EDITOR");
    const transcript = `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`;
    const { testimonyId } = await createSourceWithTestimony(editor, transcript);
    freshInstance();

    const status = await detectionInBackground(editor, testimonyId, rid());
    expect(status).toMatchObject({ title: "Finding identifiers in a long transcript", finished: false });
    // asked again while it runs: the same job, not a second one
    const again = await detectionInBackground(editor, testimonyId, rid());
    if (again) expect(again.id).toBe(status!.id);
    expect(await untilFinished(status!.id)).toMatchObject({ kind: DETECT_JOB, state: "SUCCEEDED", progress: 100, requestedById: editor.id, resultRef: testimonyId });

    const stored = await db().storedAnalysis.findUniqueOrThrow({ where: { testimonyId } });
    expect(Buffer.from(stored.analysisEnc).toString("latin1")).not.toMatch(/Karim|Haddad|Samir/);

    freshInstance();
    const started = detectionPool().stats.jobsStarted;
    expect(await detectionInBackground(editor, testimonyId, rid())).toBeNull();
    const opened = await openRedaction(editor, testimonyId, "edit", rid());
    expect(detectionPool().stats.jobsStarted).toBe(started);
    expect(opened.findings.map((f) => transcript.slice(f.start, f.end))).toEqual(expect.arrayContaining(["Karim Haddad", "+90 532 111 22 33"]));
  });

  it("detects again in the background once the dictionary changed", async () => {
    const editor = await createUser("EDITOR");
    const { testimonyId, sourceId } = await createSourceWithTestimony(editor, `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`);
    const first = await detectionInBackground(editor, testimonyId, rid());
    await untilFinished(first!.id);
    await addDictionaryEntry(editor, { sourceId, text: "Tel Abyad", type: "LOCATION", variants: [] }, rid());
    freshInstance();
    const second = await detectionInBackground(editor, testimonyId, rid());
    expect(second?.id).toBeDefined();
    expect(second!.id).not.toBe(first!.id);
    await untilFinished(second!.id);
  });

  it("opens a short transcript at once, with no job", async () => {
    const editor = await createUser("EDITOR");
    const { testimonyId } = await createSourceWithTestimony(editor, `Short, ${rid()}`.slice(0, 40));
    expect(await detectionInBackground(editor, testimonyId, rid())).toBeNull();
    expect(await db().backgroundJob.count({ where: { kind: DETECT_JOB } })).toBe(0);
  });

  it("starts nothing for an editor off the source's team", async () => {
    const [editor, outsider] = await Promise.all([createUser("EDITOR"), createUser("EDITOR")]);
    const { testimonyId } = await createSourceWithTestimony(editor, `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`);
    await expect(detectionInBackground(outsider, testimonyId, rid())).rejects.toThrow(NotAllowed);
    expect(await db().backgroundJob.count()).toBe(0);
  });
});
