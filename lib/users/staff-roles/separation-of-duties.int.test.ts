// Separation of duties on real PostgreSQL: role history, authors who become reviewers, and
// a second admin for every staff role.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createSource, createUser, rid } from "@/tests/support/factories";
import { addTeamMember } from "@/lib/sources/team/change-team";
import { updateSource } from "@/lib/sources/update-source";
import { createSourceWithTestimony } from "@/tests/support/testimony-fixtures";
import { openRedaction } from "@/lib/redaction/open-redaction";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { approveRedaction } from "@/lib/redaction/review-redaction";
import { assignReviewer } from "@/lib/reviews/assign-reviewer";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { NotAllowed } from "@/lib/errors";
import { createItem } from "@/lib/content/create-item";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import type { Actor } from "@/lib/auth/policy";
import { inviteUser } from "../invite-user";
import { changeUserRole } from "../change-user-role";
import { acceptAccessLink } from "../accept-access-link";
import { confirmStaffRoleRequest, listPendingStaffRoleRequests, rejectStaffRoleRequest } from "./decide-staff-role-request";

const PASSWORD = "correct horse battery";

/** The person, signed in again after a role change (the session would have ended). */
async function asNow(person: Actor): Promise<Actor> {
  const user = await db().user.findUniqueOrThrow({ where: { id: person.id } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId };
}

async function promote(person: Actor, role: "REVIEWER" | "EDITOR") {
  const [asker, confirmer] = [await createUser("ADMIN"), await createUser("ADMIN")];
  await changeUserRole(asker, { userId: person.id, role }, rid());
  const [request] = await listPendingStaffRoleRequests(confirmer);
  await confirmStaffRoleRequest(confirmer, { requestId: request!.id }, rid());
  return asNow(person);
}

describe("authors who later review", () => {
  it("refuses the submitter of a redaction its approval after they became a reviewer, even assigned", async () => {
    const [editor, reviewer] = [await createUser("EDITOR"), await createUser("REVIEWER")];
    const { testimonyId } = await createSourceWithTestimony(editor);
    const opened = await openRedaction(editor, testimonyId, "edit", rid());
    const spans = opened.work.spans.map((s) => ({ ...s, status: "ACCEPTED" as const }));
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: opened.version, work: { spans, dismissals: [] } }, rid());
    await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, rid());
    // A handling editor hands their sources over before they may leave the editor role.
    const { source } = await db().testimony.findUniqueOrThrow({ where: { id: testimonyId }, select: { source: { select: { id: true, version: true } } } });
    await updateSource(editor, { sourceId: source.id, version: source.version, handlingEditorId: (await createUser("EDITOR")).id }, rid());

    const former = await promote(editor, "REVIEWER");
    expect(former.role).toBe("REVIEWER");
    const admin = await createUser("ADMIN");
    await expect(assignReviewer(admin, { kind: "redaction", targetId: opened.redactionId, reviewerId: former.id }, rid())).rejects.toThrow(/did not write or submit/);
    // Even if an assignment slipped in, the rule is by person.
    await db().reviewAssignment.create({ data: { reviewerId: former.id, assignedById: admin.id, redactionId: opened.redactionId } });
    const view = await openRedaction(reviewer, testimonyId, "review", rid());
    await expect(approveRedaction(former, { testimonyId, expectedVersion: view.version, textHash: view.textHash }, rid())).rejects.toThrow(/edited or submitted this redaction/);
    const history = await db().roleChange.findMany({ where: { userId: editor.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.fromRole, h.toRole])).toEqual([["EDITOR", "REVIEWER"]]);
  });

  it("refuses an editor who only submitted an item (never saved it) its approval after becoming a reviewer", async () => {
    const [writer, submitter, reviewer] = [await createUser("EDITOR"), await createUser("EDITOR"), await createUser("REVIEWER")];
    const { id } = await createItem(writer, { type: "SOCIAL_POST", language: "en", title: "Promises", body: "They promised salaries. Nobody got them.", themeIds: [], audiences: [], channels: ["WEB"] }, rid());
    await submitItem(submitter, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
    const former = await promote(submitter, "REVIEWER");
    await db().reviewAssignment.create({ data: { reviewerId: former.id, assignedById: writer.id, itemId: id } });
    await expect(approveItem(former, { itemId: id, expectedVersion: 1 }, rid())).rejects.toThrow(/edited or submitted a version/);
    await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid());
  });
});

describe("a second admin for every staff role", () => {
  it("keeps an invitation into a staff role pending until another admin confirms it; the asker cannot", async () => {
    const [asker, second] = [await createUser("ADMIN"), await createUser("ADMIN")];
    const asked = await inviteUser(asker, { email: "new.editor@org.test", role: "EDITOR" }, rid());
    expect(asked.kind).toBe("pending");
    expect(await db().accessLink.count()).toBe(0);
    expect((await listPendingStaffRoleRequests(second)).map((r) => [r.email, r.mine])).toEqual([["new.editor@org.test", false]]);
    expect((await listPendingStaffRoleRequests(asker)).map((r) => r.mine)).toEqual([true]);
    await expect(confirmStaffRoleRequest(asker, { requestId: asked.id }, rid())).rejects.toThrow(/another admin must confirm/);
    const confirmed = await confirmStaffRoleRequest(second, { requestId: asked.id }, rid());
    if (confirmed.kind !== "link") throw new Error("expected a link");
    await expect(confirmStaffRoleRequest(await createUser("ADMIN"), { requestId: asked.id }, rid())).rejects.toThrow(/already decided/);
    await acceptAccessLink({ token: confirmed.token, name: "New Editor", password: PASSWORD, confirm: PASSWORD }, rid());
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.editor@org.test" } });
    expect(user.role).toBe("EDITOR");
    expect(await db().roleChange.findMany({ where: { userId: user.id }, select: { fromRole: true, toRole: true, changedById: true } })).toEqual([{ fromRole: null, toRole: "EDITOR", changedById: second.id }]);
    expect(await db().auditEvent.count({ where: { action: { in: ["user.staff-role-requested", "user.staff-role-confirmed"] } } })).toBe(2);
  });

  it("keeps a promotion pending until another admin confirms it, and lets the asker withdraw it", async () => {
    const [asker, second] = [await createUser("ADMIN"), await createUser("ADMIN")];
    const partner = await createUser("PARTNER");
    expect(await changeUserRole(asker, { userId: partner.id, role: "ADMIN" }, rid())).toEqual({ pending: true });
    expect((await asNow(partner)).role).toBe("PARTNER");
    const [request] = await listPendingStaffRoleRequests(asker);
    await rejectStaffRoleRequest(asker, { requestId: request!.id }, rid());
    await expect(confirmStaffRoleRequest(second, { requestId: request!.id }, rid())).rejects.toThrow(/already decided/);
    expect((await asNow(partner)).role).toBe("PARTNER");
  });

  it("refuses an admin inviting themselves (or an alias of their address) into another role", async () => {
    const admin = await createUser("ADMIN", { email: "ada.admin@org.test" });
    for (const email of ["ada.admin+editor@org.test", "ADA.ADMIN+rev@org.test"]) {
      await expect(inviteUser(admin, { email, role: "EDITOR" }, rid())).rejects.toThrow(/cannot invite yourself/);
    }
    await expect(inviteUser(admin, { email: "ada.admin@org.test", role: "REVIEWER" }, rid())).rejects.toThrow(/already exists/);
    // Nor an alias of anyone else's account: one person, one account.
    await createUser("REVIEWER", { email: "rami@org.test" });
    await expect(inviteUser(admin, { email: "rami+second@org.test", role: "EDITOR" }, rid())).rejects.toThrow(/alias of it\) already exists/);
    await createUser("ADMIN", { email: "bo.admin@gmail.com" });
    await expect(inviteUser(admin, { email: "boadmin+ed@googlemail.com", role: "EDITOR" }, rid())).rejects.toThrow(/already exists/);
    expect(await db().staffRoleRequest.count()).toBe(0);
  });

  it("refuses a second admin confirming a role for themselves", async () => {
    const [asker, target] = [await createUser("ADMIN"), await createUser("ADMIN")];
    await changeUserRole(asker, { userId: target.id, role: "EDITOR" }, rid());
    const [request] = await listPendingStaffRoleRequests(target);
    await expect(confirmStaffRoleRequest(target, { requestId: request!.id }, rid())).rejects.toThrow(/for yourself/);
    expect((await asNow(target)).role).toBe("ADMIN");
  });
});

describe("an admin's own mailbox", () => {
  // Found by the red team of issue 11: a partner account on an alias of the admin's own
  // address, invited by one admin alone, could be promoted into a staff role.
  it("is refused as a partner invitation and as a promotion, and the promotion is refused again at confirmation", async () => {
    const admin = await createUser("ADMIN", { email: "eve.admin@org.test" });
    const second = await createUser("ADMIN");
    const org = await createPartnerOrg();
    await expect(inviteUser(admin, { email: "eve.admin+ngo@org.test", role: "PARTNER", partnerOrgId: org.id }, rid())).rejects.toThrow(/yourself/);

    // Had such an account existed (made before this rule), promoting it is refused...
    const sock = await createUser("PARTNER", { email: "Eve.Admin+old@org.test", partnerOrgId: org.id });
    await expect(changeUserRole(admin, { userId: sock.id, role: "EDITOR" }, rid())).rejects.toThrow(/your own address/);
    // ...and a request slipped in otherwise is refused when the second admin confirms it.
    const request = await db().staffRoleRequest.create({ data: { kind: "PROMOTE", email: sock.email, userId: sock.id, role: "EDITOR", requestedById: admin.id } });
    await expect(confirmStaffRoleRequest(second, { requestId: request.id }, rid())).rejects.toThrow(/your own address/);
    expect((await db().user.findUniqueOrThrow({ where: { id: sock.id } })).role).toBe("PARTNER");
  });
});

describe("a new role starts with no source team", () => {
  it("removes a team member from every team when their role changes, and a return to the old role does not bring them back", async () => {
    const handler = await createUser("EDITOR");
    const colleague = await createUser("EDITOR");
    const { id: sourceId } = await createSource({ editor: handler });
    await addTeamMember(handler, { sourceId, userId: colleague.id }, rid());
    expect(await db().sourceTeamMember.count({ where: { sourceId, userId: colleague.id } })).toBe(1);

    const asReviewer = await promote(colleague, "REVIEWER");
    expect(asReviewer.role).toBe("REVIEWER");
    expect(await db().sourceTeamMember.count({ where: { userId: colleague.id } })).toBe(0);
    const changed = await db().auditEvent.findFirstOrThrow({ where: { action: "user.role-changed", targetId: colleague.id } });
    expect(changed.details).toMatchObject({ from: "EDITOR", to: "REVIEWER", teamsLeft: 1 });

    await promote(colleague, "EDITOR");
    expect(await db().sourceTeamMember.count({ where: { userId: colleague.id } })).toBe(0);
    // the handling editor is untouched
    expect(await db().sourceTeamMember.count({ where: { sourceId, userId: handler.id } })).toBe(1);
  });

  it("refuses to move a handling editor out of the editor role until their sources are handed over; nothing changes", async () => {
    const handler = await createUser("EDITOR");
    const { code } = await createSource({ editor: handler });
    const org = await createPartnerOrg();
    const admin = await createUser("ADMIN");
    await expect(changeUserRole(admin, { userId: handler.id, role: "PARTNER", partnerOrgId: org.id }, rid())).rejects.toThrow(
      `They are the handling editor of ${code}. Hand it over to another editor first.`,
    );
    await expect(changeUserRole(admin, { userId: handler.id, role: "REVIEWER" }, rid())).rejects.toThrow(/Hand it over to another editor first/);
    expect(await db().user.findUniqueOrThrow({ where: { id: handler.id } })).toMatchObject({ role: "EDITOR" });
    expect(await db().staffRoleRequest.count({ where: { userId: handler.id } })).toBe(0);
  });

  // Found by the second red team of issue 11: an assignment is a grant to read raw testimony.
  it("ends a reviewer's assignments when their role changes, so a return to reviewer does not reopen the raw testimony", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { testimonyId } = await createSourceWithTestimony(editor);
    const redaction = await db().redaction.create({ data: { testimonyId, state: "IN_REVIEW", workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
    await db().reviewAssignment.create({ data: { redactionId: redaction.id, reviewerId: reviewer.id, assignedById: editor.id } });
    await expect(assertRawTestimonyAccess(reviewer, testimonyId, rid())).resolves.toBeTruthy();

    const admin = await createUser("ADMIN");
    await changeUserRole(admin, { userId: reviewer.id, role: "PARTNER", partnerOrgId: (await createPartnerOrg()).id }, rid());
    const back = await promote(reviewer, "REVIEWER");
    await expect(assertRawTestimonyAccess(back, testimonyId, rid())).rejects.toThrow(NotAllowed);
    expect(await db().reviewAssignment.count({ where: { reviewerId: reviewer.id } })).toBe(0);
  });
});

// Found by the second red team of issue 11: a partner's invitation link is shown to the admin who
// made it, who can redeem it themselves; the account then looked like anyone else's to a second admin.
describe("an account an admin invited and so could have set up", () => {
  it("cannot be promoted into a staff role at that admin's request or with their confirmation", async () => {
    const [inviter, second] = [await createUser("ADMIN"), await createUser("ADMIN")];
    const org = await createPartnerOrg();
    const outcome = await inviteUser(inviter, { email: `colleague-${rid().slice(0, 6)}@partner.example`, role: "PARTNER", partnerOrgId: org.id }, rid());
    if (outcome.kind !== "link") throw new Error("a partner's invitation is a link at once");
    // The inviting admin redeems the link they were shown: they now hold the account's password.
    const { email } = await acceptAccessLink({ token: outcome.token, name: "A Colleague", password: PASSWORD, confirm: PASSWORD }, rid());
    const account = await db().user.findUniqueOrThrow({ where: { email } });

    await expect(changeUserRole(inviter, { userId: account.id, role: "EDITOR" }, rid())).rejects.toThrow(NotAllowed);
    await changeUserRole(second, { userId: account.id, role: "EDITOR" }, rid());
    const [request] = await listPendingStaffRoleRequests(inviter);
    await expect(confirmStaffRoleRequest(inviter, { requestId: request!.id }, rid())).rejects.toThrow(NotAllowed);
    expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).role).toBe("PARTNER");
  });

  it("does not bind a staff invitation: with two admins, the one who confirmed it may confirm a later role change", async () => {
    const [asker, confirmer] = [await createUser("ADMIN"), await createUser("ADMIN")];
    const email = `omar-${rid().slice(0, 6)}@demo.example`;
    await inviteUser(asker, { email, role: "EDITOR" }, rid());
    const [invitation] = await listPendingStaffRoleRequests(confirmer);
    const confirmed = await confirmStaffRoleRequest(confirmer, { requestId: invitation!.id }, rid());
    if (confirmed.kind !== "link") throw new Error("an invitation link");
    await acceptAccessLink({ token: confirmed.token, name: "Omar", password: PASSWORD, confirm: PASSWORD }, rid());
    const account = await db().user.findUniqueOrThrow({ where: { email } });
    await changeUserRole(asker, { userId: account.id, role: "REVIEWER" }, rid());
    const [promotion] = await listPendingStaffRoleRequests(confirmer);
    await confirmStaffRoleRequest(confirmer, { requestId: promotion!.id }, rid());
    expect((await db().user.findUniqueOrThrow({ where: { id: account.id } })).role).toBe("REVIEWER");
  });
});
