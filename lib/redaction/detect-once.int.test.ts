import { describe, expect, it } from "vitest";
import { createUser, rid } from "@/tests/support/factories";
import { createSourceWithTestimony, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { detectionPool } from "./off-thread/detect-off-thread";
import { openRedaction } from "./open-redaction";
import { saveRedaction } from "./save-redaction";
import { submitRedaction } from "./submit-redaction";
import { approveRedaction } from "./review-redaction";

describe("detection once per transcript", () => {
  it("runs the detector once while a redaction is opened, saved, submitted, reviewed and approved", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    // A transcript no other test has analysed, so the cache starts cold.
    const { testimonyId } = await createSourceWithTestimony(editor, `${FIXTURE_TRANSCRIPT} Interview ${rid()}.`);
    const jobsBefore = detectionPool().stats.jobsStarted;

    const opened = await openRedaction(editor, testimonyId, "edit", rid());
    expect(detectionPool().stats.jobsStarted).toBe(jobsBefore + 1);
    const spans = opened.work.spans.map((s) => ({ ...s, status: "ACCEPTED" as const }));
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: opened.version, work: { spans, dismissals: [] } }, rid());
    await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, rid());
    const review = await openRedaction(reviewer, testimonyId, "review", rid());
    await approveRedaction(reviewer, { testimonyId, expectedVersion: review.version, textHash: review.textHash }, rid());

    expect(review.state).toBe("IN_REVIEW");
    expect(detectionPool().stats.jobsStarted).toBe(jobsBefore + 1);
  });
});
