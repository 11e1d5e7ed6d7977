// Need-to-know on real PostgreSQL: a source's team, its changes, an admin's emergency access
// (with its hour and the team's notice), and the reviewer assigned to a redaction.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createTestimony, createUser, rid } from "@/tests/support/factories";
import { InvalidInput } from "@/lib/errors";
import { revealSourceIdentifiers } from "../reveal-source-identifiers";
import { addDictionaryEntry } from "../add-dictionary-entry";
import { updateSource } from "../update-source";
import { withdrawConsent } from "../withdraw-consent";
import { updateConsent } from "../update-consent";
import { readRawTranscript } from "@/lib/testimony/read-raw-transcript";
import { createTestimony as createTestimonyCommand } from "@/lib/testimony/create-testimony";
import { openRedaction, redactionTargetExists } from "@/lib/redaction/open-redaction";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { approveRedaction } from "@/lib/redaction/review-redaction";
import { listReviewQueue } from "@/lib/redaction/list-redactions";
import { assignReviewer } from "@/lib/reviews/assign-reviewer";
import { addTeamMember, removeTeamMember } from "./change-team";
import { openEmergencyAccess } from "./open-emergency-access";
import { listEmergencyNotices } from "./list-emergency-notices";
import { listSourceTeam } from "./list-team";

const REAL_NAME = "Karim Haddad";
const TRANSCRIPT = "My name is Karim Haddad. I crossed at Tel Abyad in March 2014 and left a year later.";

async function setting() {
  const source = await createSource({ realName: REAL_NAME });
  const outsider = await createUser("EDITOR");
  const admin = await createUser("ADMIN");
  const code = (await db().source.findUniqueOrThrow({ where: { id: source.id }, select: { code: true } })).code;
  return { ...source, code, outsider, admin };
}

describe("a source's team", () => {
  it("starts as the handling editor and the creator, and refuses everyone else its identifiers, raw testimony and changes, saying whom to ask", async () => {
    const s = await setting();
    expect((await listSourceTeam(s.editor, s.id))?.members.map((m) => m.id)).toEqual([s.editor.id]);
    const { id: testimonyId } = await createTestimony(s.editor, s.id, TRANSCRIPT);
    const ask = `Ask ${s.editor.name}, its handling editor, to add you to the team.`;
    await expect(revealSourceIdentifiers(s.outsider, s.id, rid())).rejects.toThrow(`Only the team of ${s.code} can see its identifiers. ${ask}`);
    await expect(readRawTranscript(s.outsider, testimonyId, rid())).rejects.toThrow(`Only the team of ${s.code} can open its raw testimony. ${ask}`);
    await expect(addDictionaryEntry(s.outsider, { sourceId: s.id, text: "Abu Yusuf", type: "ALIAS", variants: [] }, rid())).rejects.toThrow(/Only the team of/);
    await expect(updateSource(s.outsider, { sourceId: s.id, version: 1, pseudonym: "Changed" }, rid())).rejects.toThrow(/Only the team of/);
    await expect(createTestimonyCommand(s.outsider, { sourceId: s.id, language: "en", transcript: "x", media: [] }, rid())).rejects.toThrow(/Only the team of/);
    await expect(redactionTargetExists(s.outsider, testimonyId, "edit", rid())).rejects.toThrow(/Only the team of/);
    await expect(updateConsent(s.outsider, { sourceId: s.id, version: 0, scopes: ["VERBATIM"], channels: ["WEB"], languages: ["en"] }, rid())).rejects.toThrow(/Only the team of/);
    // Refusals are recorded; nothing was viewed or changed.
    expect(await db().auditEvent.count({ where: { action: "source.access-refused", actorId: s.outsider.id } })).toBe(7);
    expect(await db().auditEvent.count({ where: { action: { in: ["source.identifiers-viewed", "testimony.raw-viewed"] }, actorId: s.outsider.id } })).toBe(0);
    expect((await db().source.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(1);
    // The code name, risk and state stay visible to them.
    expect(await listSourceTeam(s.outsider, s.id)).toMatchObject({ onTeam: false, mayReveal: false, mayManage: false });
  });

  it("lets the handling editor add and remove people, audited, and refuses a non-handling editor", async () => {
    const s = await setting();
    const { id: testimonyId } = await createTestimony(s.editor, s.id, TRANSCRIPT);
    await expect(addTeamMember(s.outsider, { sourceId: s.id, userId: s.outsider.id }, rid())).rejects.toThrow(/handling editor/);
    await addTeamMember(s.editor, { sourceId: s.id, userId: s.outsider.id }, rid());
    expect((await revealSourceIdentifiers(s.outsider, s.id, rid())).realName).toBe(REAL_NAME);
    expect((await readRawTranscript(s.outsider, testimonyId, rid())).text).toBe(TRANSCRIPT);
    // Now on the team, but not the handling editor: still cannot change the team.
    await expect(addTeamMember(s.outsider, { sourceId: s.id, userId: (await createUser("EDITOR")).id }, rid())).rejects.toThrow(/handling editor/);
    await removeTeamMember(s.editor, { sourceId: s.id, userId: s.outsider.id }, rid());
    await expect(revealSourceIdentifiers(s.outsider, s.id, rid())).rejects.toThrow(/Only the team of/);
    await expect(removeTeamMember(s.editor, { sourceId: s.id, userId: s.editor.id }, rid())).rejects.toThrow(/handling editor stays/);
    const events = await db().auditEvent.findMany({ where: { action: { in: ["source.team-member-added", "source.team-member-removed"] } }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, (e.details as { userId: string }).userId])).toEqual([
      ["source.team-member-added", s.editor.id, s.outsider.id],
      ["source.team-member-removed", s.editor.id, s.outsider.id],
    ]);
  });

  it("lets an admin change the team, and only active editors and reviewers join it", async () => {
    const s = await setting();
    await expect(addTeamMember(s.admin, { sourceId: s.id, userId: (await createUser("PARTNER")).id }, rid())).rejects.toThrow(/active editor or reviewer/);
    await expect(addTeamMember(s.admin, { sourceId: s.id, userId: (await createUser("ADMIN")).id }, rid())).rejects.toThrow(/active editor or reviewer/);
    const reviewer = await createUser("REVIEWER");
    await addTeamMember(s.admin, { sourceId: s.id, userId: reviewer.id }, rid());
    expect((await revealSourceIdentifiers(reviewer, s.id, rid())).realName).toBe(REAL_NAME);
    // An admin changing the team gains nothing: they still read nothing.
    await expect(revealSourceIdentifiers(s.admin, s.id, rid())).rejects.toThrow(/Only the team of/);
  });

  it("puts a new handling editor on the team", async () => {
    const s = await setting();
    const next = await createUser("EDITOR");
    await updateSource(s.editor, { sourceId: s.id, version: 1, handlingEditorId: next.id }, rid());
    expect((await revealSourceIdentifiers(next, s.id, rid())).realName).toBe(REAL_NAME);
  });

  it("lets any editor record a withdrawal of consent, which only protects the source", async () => {
    const s = await setting();
    await updateConsent(s.editor, { sourceId: s.id, version: 0, scopes: ["VERBATIM"], channels: ["WEB"], languages: ["en"] }, rid());
    await withdrawConsent(s.outsider, { sourceId: s.id, version: 1 }, rid());
    expect((await db().consent.findUniqueOrThrow({ where: { sourceId: s.id } })).withdrawnAt).not.toBeNull();
  });
});

describe("emergency access", () => {
  it("refuses a reason that names the source (kept for good in the audit trail), without repeating it; nothing is opened", async () => {
    const s = await setting();
    for (const reason of [`Karim Haddad's family reported a threat last night.`, `The family of K. Haddad called: check what we hold.`]) {
      const refused = await openEmergencyAccess(s.admin, { sourceId: s.id, reason }, rid()).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(InvalidInput);
      const { message, fieldErrors } = refused as InvalidInput;
      expect(message).toMatch(/must not identify anyone/);
      expect(JSON.stringify(fieldErrors)).toMatch(/Reason/);
      expect(message + JSON.stringify(fieldErrors)).not.toMatch(/Karim|Haddad/);
    }
    expect(await db().emergencyAccess.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "source.emergency-access-opened" } })).toBe(0);
  });

  it("needs a reason, lasts one hour, tells the team on their dashboard and is audited", async () => {
    const s = await setting();
    const { id: testimonyId } = await createTestimony(s.editor, s.id, TRANSCRIPT);
    await expect(openEmergencyAccess(s.admin, { sourceId: s.id, reason: "because" }, rid())).rejects.toThrow(/highlighted/);
    await expect(openEmergencyAccess(s.editor, { sourceId: s.id, reason: "The handling editor is unreachable and the source is in danger." }, rid())).rejects.toThrow(/not allowed/);
    expect(await db().emergencyAccess.count()).toBe(0);

    const before = Date.now();
    const reason = "The handling editor is unreachable and the source reports a threat.";
    const { expiresAt } = await openEmergencyAccess(s.admin, { sourceId: s.id, reason }, rid());
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(60 * 60 * 1000 - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(60 * 60 * 1000 + 5000);

    expect((await revealSourceIdentifiers(s.admin, s.id, rid())).realName).toBe(REAL_NAME);
    expect((await readRawTranscript(s.admin, testimonyId, rid())).text).toBe(TRANSCRIPT);
    // It reads; it never writes.
    await expect(updateSource(s.admin, { sourceId: s.id, version: 1, pseudonym: "X" }, rid())).rejects.toThrow(/not allowed/);
    // Another admin did not open it, so has nothing.
    await expect(revealSourceIdentifiers(await createUser("ADMIN"), s.id, rid())).rejects.toThrow(/Only the team of/);

    const [notice] = await listEmergencyNotices(s.editor);
    expect(notice).toMatchObject({ adminName: s.admin.name, sourceCode: s.code, reason });
    expect(await listEmergencyNotices(s.outsider)).toEqual([]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "source.emergency-access-opened" } });
    expect(event).toMatchObject({ actorId: s.admin.id, targetId: s.id, details: { code: s.code, reason } });
    const viewed = await db().auditEvent.findFirstOrThrow({ where: { action: "source.identifiers-viewed", actorId: s.admin.id } });
    expect(viewed.details).toMatchObject({ via: "emergency-access" });
  });

  it("ends when its hour is over", async () => {
    const s = await setting();
    const { id: testimonyId } = await createTestimony(s.editor, s.id, TRANSCRIPT);
    await openEmergencyAccess(s.admin, { sourceId: s.id, reason: "Checking a reported leak against the real name." }, rid());
    await db().emergencyAccess.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(revealSourceIdentifiers(s.admin, s.id, rid())).rejects.toThrow(/Only the team of/);
    await expect(readRawTranscript(s.admin, testimonyId, rid())).rejects.toThrow(/Only the team of/);
    // The team still sees that it happened.
    expect(await listEmergencyNotices(s.editor)).toHaveLength(1);
  });
});

describe("reviewer assignment", () => {
  async function submitted() {
    const s = await setting();
    const assigned = await createUser("REVIEWER");
    const other = await createUser("REVIEWER");
    const { id: testimonyId } = await createTestimony(s.editor, s.id, TRANSCRIPT);
    const opened = await openRedaction(s.editor, testimonyId, "edit", rid());
    const spans = opened.work.spans.map((sp) => ({ ...sp, status: "ACCEPTED" as const }));
    const saved = await saveRedaction(s.editor, { testimonyId, expectedVersion: opened.version, work: { spans, dismissals: [] } }, rid());
    await expect(submitRedaction(s.editor, { testimonyId, expectedVersion: saved.version, reviewerId: s.editor.id }, rid())).rejects.toThrow(/Choose an active reviewer/);
    await submitRedaction(s.editor, { testimonyId, expectedVersion: saved.version, reviewerId: assigned.id }, rid());
    return { ...s, assigned, other, testimonyId };
  }

  it("gives the assigned reviewer the raw testimony of that redaction only, and the queue shows only what is theirs", async () => {
    const s = await submitted();
    expect((await listReviewQueue(s.assigned, 1)).total).toBe(1);
    expect((await listReviewQueue(s.other, 1)).total).toBe(0);
    expect((await readRawTranscript(s.assigned, s.testimonyId, rid())).text).toBe(TRANSCRIPT);
    await expect(readRawTranscript(s.other, s.testimonyId, rid())).rejects.toThrow(/Only the team of/);
    await expect(redactionTargetExists(s.other, s.testimonyId, "review", rid())).rejects.toThrow(/Only the team of/);
    await expect(openRedaction(s.other, s.testimonyId, "review", rid())).rejects.toThrow(/Only the team of/);
    // Assigned to a redaction, not to the source: its identifiers stay closed.
    await expect(revealSourceIdentifiers(s.assigned, s.id, rid())).rejects.toThrow(/Only the team of/);
    // Another testimony of the same source is not theirs either.
    const { id: second } = await createTestimony(s.editor, s.id, "Another interview, another day.");
    await expect(readRawTranscript(s.assigned, second, rid())).rejects.toThrow(/Only the team of/);
  });

  it("refuses a decision by a reviewer not assigned, until an admin assigns them", async () => {
    const s = await submitted();
    const view = await openRedaction(s.assigned, s.testimonyId, "review", rid());
    await expect(approveRedaction(s.other, { testimonyId: s.testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid())).rejects.toThrow(/not assigned to you/);
    await expect(assignReviewer(s.editor, { kind: "redaction", targetId: view.redactionId, reviewerId: s.other.id }, rid())).rejects.toThrow(/not allowed/);
    await assignReviewer(s.admin, { kind: "redaction", targetId: view.redactionId, reviewerId: s.other.id }, rid());
    await approveRedaction(s.other, { testimonyId: s.testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid());
    expect((await db().redaction.findUniqueOrThrow({ where: { id: view.redactionId } })).state).toBe("APPROVED");
    expect(await db().auditEvent.count({ where: { action: "review.assigned" } })).toBe(2);
  });
});
