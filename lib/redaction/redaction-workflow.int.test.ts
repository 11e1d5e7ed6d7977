import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid, redactedTextOf } from "@/tests/support/factories";
import { createSourceWithTestimony, FIXTURE_DICTIONARY, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { openRedaction } from "./open-redaction";
import { saveRedaction } from "./save-redaction";
import { submitRedaction } from "./submit-redaction";
import { approveRedaction, requestRedactionChanges } from "./review-redaction";
import { residualRisks } from "./model/residual-risk";
import type { RedactionWork } from "./model/types";

async function setUp() {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const { testimonyId, sourceId } = await createSourceWithTestimony(editor);
  const view = await openRedaction(editor, testimonyId, "edit", rid());
  return { editor, reviewer, testimonyId, sourceId, view };
}

const acceptAll = (work: RedactionWork): RedactionWork => ({ ...work, spans: work.spans.map((s) => ({ ...s, status: "ACCEPTED" as const })) });

/** Accept every suggestion and dismiss whatever still blocks, with a reason. */
function coverEverything(view: Awaited<ReturnType<typeof openRedaction>>): RedactionWork {
  const work = acceptAll(view.work);
  const dismissals = residualRisks(view.findings, work.spans, []).filter((r) => r.blocking).map((r) => ({ key: r.key, reason: "checked by hand" }));
  return { ...work, dismissals };
}

async function submitted() {
  const ctx = await setUp();
  const saved = await saveRedaction(ctx.editor, { testimonyId: ctx.testimonyId, expectedVersion: ctx.view.version, work: coverEverything(ctx.view) }, rid());
  await submitRedaction(ctx.editor, { testimonyId: ctx.testimonyId, expectedVersion: saved.version, reviewerId: ctx.reviewer.id }, rid());
  const view = await openRedaction(ctx.reviewer, ctx.testimonyId, "review", rid());
  return { ...ctx, view };
}

describe("redaction workflow", () => {
  it("opens with detector and dictionary suggestions and records the raw view", async () => {
    const { view, testimonyId } = await setUp();
    expect(view.state).toBe("DRAFT");
    const suggested = view.work.spans.map((s) => FIXTURE_TRANSCRIPT.slice(s.start, s.end));
    expect(suggested).toEqual(expect.arrayContaining(["Karim Haddad", "Abu Yusuf al-Shami", "+90 532 111 22 33"]));
    expect(view.work.spans.every((s) => s.status === "SUGGESTED")).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "testimony.raw-viewed", targetId: testimonyId } })).toBe(1);
  });

  it("keeps the work encrypted at rest", async () => {
    const { view } = await setUp();
    const row = await db().redaction.findUniqueOrThrow({ where: { id: view.redactionId } });
    expect(Buffer.from(row.workEnc).toString("latin1")).not.toContain("Karim");
    expect(Buffer.from(row.workEnc).toString("latin1")).not.toContain("Yusuf");
  });

  it("refuses submission while a dictionary entry or direct identifier is exposed, and changes nothing", async () => {
    const { editor, reviewer, testimonyId, view } = await setUp();
    await expect(submitRedaction(editor, { testimonyId, expectedVersion: view.version, reviewerId: reviewer.id }, rid())).rejects.toThrow(/Nothing is redacted yet/);
    const onlyPhone = { ...view.work, spans: view.work.spans.map((s) => (FIXTURE_TRANSCRIPT.slice(s.start, s.end).startsWith("+90") ? { ...s, status: "ACCEPTED" as const } : s)) };
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: view.version, work: onlyPhone }, rid());
    const error = await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(/still exposed/);
    expect(String(error)).not.toMatch(/Karim|Yusuf|Samir/);
    expect((await db().redaction.findUniqueOrThrow({ where: { id: view.redactionId } })).state).toBe("DRAFT");
  });

  it("refuses a save made against an older version", async () => {
    const { editor, testimonyId, view } = await setUp();
    await saveRedaction(editor, { testimonyId, expectedVersion: view.version, work: acceptAll(view.work) }, rid());
    await expect(saveRedaction(editor, { testimonyId, expectedVersion: view.version, work: view.work }, rid())).rejects.toThrow(/Someone else saved/);
  });

  it("refuses overlapping accepted spans", async () => {
    const { editor, testimonyId, view } = await setUp();
    const first = view.work.spans[0]!;
    const work = acceptAll({ ...view.work, spans: [...view.work.spans, { ...first, id: "dup", end: first.end + 2 }] });
    await expect(saveRedaction(editor, { testimonyId, expectedVersion: view.version, work }, rid())).rejects.toThrow(/overlap/);
  });

  it("approves: the stored redacted text contains no dictionary entry, and is pinned to its hash", async () => {
    const { reviewer, testimonyId, view } = await submitted();
    expect(view.state).toBe("IN_REVIEW");
    await expect(approveRedaction(reviewer, { testimonyId, expectedVersion: view.version, textHash: "0".repeat(64) }, rid())).rejects.toThrow(/differs/);
    await approveRedaction(reviewer, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid());
    const approved = await db().redactedText.findUniqueOrThrow({ where: { testimonyId } });
    const approvedText = await redactedTextOf({ testimonyId });
    for (const entry of FIXTURE_DICTIONARY) {
      for (const form of [entry.text, ...entry.variants]) expect(approvedText.toLowerCase()).not.toContain(form.toLowerCase());
    }
    expect(approvedText).toContain("[ALIAS 1]");
    // Sealed under the source's key: no plaintext in the row, and its word tokens reveal no word.
    expect(approved.text).toBeNull();
    expect(Buffer.from(approved.textEnc!).toString("latin1")).not.toContain("ALIAS");
    expect(approved.searchTokens.length).toBeGreaterThan(5);
    expect(approved.searchTokens.join(" ").toLowerCase()).not.toMatch(/alias|said|the\b/);
    expect(approved.textHash).toBe(view.textHash);
    expect(await db().auditEvent.count({ where: { action: "redaction.approved" } })).toBe(1);
  });

  it("refuses approval by an editor, and by a reviewer who edited the redaction", async () => {
    const { editor, testimonyId, view } = await submitted();
    await expect(approveRedaction(editor, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid())).rejects.toThrow(/not allowed/);
    const former = await createUser("REVIEWER");
    await db().redaction.update({ where: { id: view.redactionId }, data: { editorIds: { push: former.id } } });
    await db().reviewAssignment.create({ data: { reviewerId: former.id, assignedById: editor.id, redactionId: view.redactionId } });
    await expect(approveRedaction(former, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid())).rejects.toThrow(/another reviewer/);
    expect((await db().redaction.findUniqueOrThrow({ where: { id: view.redactionId } })).state).toBe("IN_REVIEW");
  });

  it("reopens review when the redaction changes after approval", async () => {
    const { editor, reviewer, testimonyId, view } = await submitted();
    await approveRedaction(reviewer, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid());
    const reopened = await openRedaction(editor, testimonyId, "edit", rid());
    const changed = { ...reopened.work, spans: reopened.work.spans.map((s, i) => (i === 0 ? { ...s, treatment: { kind: "REMOVE" as const } } : s)) };
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: reopened.version, work: changed }, rid());
    expect(saved.state).toBe("DRAFT");
    expect(await db().redactedText.count({ where: { testimonyId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "redaction.reopened" } })).toBe(1);
  });

  it("sends a redaction back with sealed comments", async () => {
    const { editor, reviewer, testimonyId, view } = await submitted();
    const spanId = view.work.spans[0]!.id;
    await requestRedactionChanges(reviewer, { testimonyId, expectedVersion: view.version, general: "Also cover Tel Abyad", spans: [{ spanId, comment: "Use a generalisation" }] }, rid());
    const review = await db().redactionReview.findFirstOrThrow({ where: { decision: "CHANGES_REQUESTED" } });
    expect(Buffer.from(review.commentsEnc!).toString("latin1")).not.toContain("Tel Abyad");
    const back = await openRedaction(editor, testimonyId, "edit", rid());
    expect(back.state).toBe("CHANGES_REQUESTED");
    expect(back.latestReview?.comments).toEqual({ general: "Also cover Tel Abyad", spans: [{ spanId, comment: "Use a generalisation" }] });
  });

  it("refuses illegal transitions with a clear message", async () => {
    const { editor, reviewer, testimonyId, view } = await setUp();
    await db().reviewAssignment.create({ data: { reviewerId: reviewer.id, assignedById: editor.id, redactionId: view.redactionId } });
    await expect(approveRedaction(reviewer, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid())).rejects.toThrow(/draft cannot be approved/);
    const s = await submitted();
    await expect(submitRedaction(s.editor, { testimonyId: s.testimonyId, expectedVersion: s.view.version, reviewerId: s.reviewer.id }, rid())).rejects.toThrow(/in review cannot be submitted/);
    void editor;
  });
});

describe("suggestions", () => {
  it("cover every finding once all are accepted", async () => {
    const { view } = await setUp();
    const risks = residualRisks(view.findings, acceptAll(view.work).spans, []);
    expect(risks).toEqual([]);
  });
});
