// Review requests by email: to the assigned reviewer on submission (never the submitter, never
// an unassigned reviewer), to every reviewer who may review it when none is assigned, and to a
// reviewer an admin assigns. Each names the work by id and links to it: no title, no testimony.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid } from "@/tests/support/factories";
import { createSourceWithTestimony, FIXTURE_DICTIONARY, FIXTURE_TRANSCRIPT } from "@/tests/support/testimony-fixtures";
import { leakedInto, queuedEmails, switchEmailOff, switchEmailOn } from "@/tests/support/queued-emails";
import { createItem } from "@/lib/content/create-item";
import { submitItem } from "@/lib/content/submit-item";
import { requestItemChanges } from "@/lib/content/review-item";
import { openRedaction } from "@/lib/redaction/open-redaction";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { residualRisks } from "@/lib/redaction/model/residual-risk";
import { assignReviewer } from "./assign-reviewer";
import { queueReviewRequests } from "./queue-review-requests";

beforeAll(() => switchEmailOn());

const TITLE = "Broken promises at the front";
const BODY = "They promised houses and salaries. Nobody got them.";
const secrets = [TITLE, BODY, "Karim Haddad", ...FIXTURE_DICTIONARY.flatMap((e) => [e.text, ...e.variants]), FIXTURE_TRANSCRIPT.slice(0, 40), "crossed at Tel Abyad"];

async function itemByEditor(editor: Awaited<ReturnType<typeof createUser>>) {
  return createItem(editor, { type: "QUOTE_CARD", language: "en", themeIds: [], audiences: ["young men"], channels: ["SOCIAL"], internalNotes: null, title: TITLE, body: BODY }, rid());
}

describe("review requests", () => {
  it("go to the assigned reviewer when an item is submitted, never to the submitter or other reviewers", async () => {
    const editor = await createUser("EDITOR");
    const assigned = await createUser("REVIEWER");
    await createUser("REVIEWER");
    const { id } = await itemByEditor(editor);
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: assigned.id }, rid());
    const emails = await queuedEmails();
    expect(emails.map((e) => [e.kind, e.to, e.userId])).toEqual([["review-request", assigned.email, assigned.id]]);
    expect(emails[0]!.subject).toBe(`Review requested: content item ${id}`);
    expect(emails[0]!.text).toContain(`http://localhost:3000/content/${id}`);
    expect(leakedInto(emails, secrets)).toEqual([]);
  });

  it("go again to every reviewer assigned when the item comes back, and a newly assigned one by an admin", async () => {
    const editor = await createUser("EDITOR");
    const first = await createUser("REVIEWER");
    const second = await createUser("REVIEWER");
    const { id } = await itemByEditor(editor);
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: first.id }, rid());
    const admin = await createUser("ADMIN");
    await assignReviewer(admin, { kind: "item", targetId: id, reviewerId: second.id }, rid());
    expect((await queuedEmails()).map((e) => e.to)).toEqual([first.email, second.email]);
    // assigning the same reviewer again sends nothing new
    await assignReviewer(admin, { kind: "item", targetId: id, reviewerId: second.id }, rid());
    expect(await db().outboundEmail.count()).toBe(2);

    await requestItemChanges(first, { itemId: id, expectedVersion: 1, comment: "Shorter, please." }, rid());
    const { version } = await db().contentItem.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await submitItem(editor, { itemId: id, expectedVersion: version, reviewerId: first.id }, rid());
    expect((await queuedEmails()).slice(2).map((e) => e.to).sort()).toEqual([first.email, second.email].sort());
  });

  it("go to every active reviewer who may review when none is assigned, but not to an author, a disabled reviewer or one who opted out", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const authorNowReviewer = await createUser("REVIEWER");
    await createUser("REVIEWER", { status: "DISABLED" });
    const optedOut = await createUser("REVIEWER");
    await db().user.update({ where: { id: optedOut.id }, data: { emailOptOuts: ["review-request"] } });
    const { testimonyId } = await createSourceWithTestimony(editor);
    const redaction = await db().redaction.create({ data: { testimonyId, state: "IN_REVIEW", workEnc: Buffer.from("{}"), editorIds: [editor.id, authorNowReviewer.id] } });
    const asked = await db().$transaction((tx) => queueReviewRequests(tx, { kind: "redaction", redactionId: redaction.id, testimonyId }, redaction.editorIds));
    expect(asked).toBe(2);
    const emails = await queuedEmails();
    expect(emails.map((e) => e.to)).toEqual([reviewer.email]);
    expect(emails[0]!.text).toContain("is waiting for a reviewer");
    expect(emails[0]!.text).toContain(`/testimony/${testimonyId}/review`);
  });

  it("go to the assigned reviewer when a redaction is submitted, without a word of the testimony", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { testimonyId } = await createSourceWithTestimony(editor);
    const view = await openRedaction(editor, testimonyId, "edit", rid());
    const spans = view.work.spans.map((s) => ({ ...s, status: "ACCEPTED" as const }));
    const dismissals = residualRisks(view.findings, spans, []).filter((r) => r.blocking).map((r) => ({ key: r.key, reason: "checked by hand" }));
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: view.version, work: { ...view.work, spans, dismissals } }, rid());
    await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, rid());
    const emails = await queuedEmails();
    expect(emails.map((e) => e.to)).toEqual([reviewer.email]);
    const redaction = await db().redaction.findUniqueOrThrow({ where: { testimonyId } });
    expect(emails[0]!.subject).toBe(`Review requested: redaction ${redaction.id}`);
    expect(emails[0]!.text).toContain(`/testimony/${testimonyId}/review`);
    expect(leakedInto(emails, secrets)).toEqual([]);
  });

  it("are not queued when the server sends no email", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    switchEmailOff();
    try {
      const { id } = await itemByEditor(editor);
      await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
      expect(await db().outboundEmail.count()).toBe(0);
    } finally {
      switchEmailOn();
    }
  });
});
