// Invitations by email: the invited address gets the link, who invited and (for a partner) the
// organisation; with email off nothing is queued and the admin is given the link to send.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { readQueuedEmails, withEmailOff } from "@/tests/support/email-on";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { sendDueEmails } from "@/lib/notices/email/send-queued-emails";
import { inviteUser } from "./invite-user";
import { findAccessLink } from "./accept-access-link";
import { confirmStaffRoleRequest } from "./staff-roles/decide-staff-role-request";

const smtp = smtpTestServerForFile({ beforeAll, afterAll });
beforeEach(() => void (smtp().received.length = 0));

describe("invitation emails", () => {
  it("sends a partner's invitation to the invited address with the link, the inviter and the organisation", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg("Bridges Collective");
    const outcome = await inviteUser(admin, { email: "new.partner@bridges.example", role: "PARTNER", partnerOrgId: org.id }, rid());
    if (outcome.kind !== "link") throw new Error("expected a link");
    expect(outcome.emailed).toBe("queued");
    const mails = await readQueuedEmails({ kind: "invitation" });
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.toAddress).toBe("new.partner@bridges.example");
    expect(mail!.partnerOrgId).toBe(org.id);
    expect(mail!.text).toContain(`http://localhost:3000/invite/${outcome.token}`);
    expect(mail!.text).toContain(admin.name);
    expect(mail!.text).toContain("Bridges Collective");
    expect(await findAccessLink(outcome.token)).toMatchObject({ valid: true, purpose: "INVITE" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "user.invited" } });
    expect(audit.details).toMatchObject({ emailed: "queued" });
    await sendDueEmails();
    expect(smtp().received.map((m) => [m.subject, m.headers.get("x-countervoice-notice")])).toEqual([["You are invited to Countervoice", "invitation"]]);
    expect(smtp().received[0]!.text).toContain(`/invite/${outcome.token}`);
  });

  it("sends a staff invitation once a second admin confirms it, naming the admin who asked", async () => {
    const asker = await createUser("ADMIN");
    const confirmer = await createUser("ADMIN");
    const asked = await inviteUser(asker, { email: "new.editor@org.example", role: "EDITOR" }, rid());
    expect(await readQueuedEmails()).toEqual([]);
    const confirmed = await confirmStaffRoleRequest(confirmer, { requestId: asked.id }, rid());
    if (confirmed.kind !== "link") throw new Error("expected a link");
    expect(confirmed.emailed).toBe("queued");
    const [mail] = await readQueuedEmails({ kind: "invitation" });
    expect(mail!.toAddress).toBe("new.editor@org.example");
    expect(mail!.text).toContain(`/invite/${confirmed.token}`);
    expect(mail!.text).toContain(`${asker.name} invited you`);
    expect(mail!.text).not.toContain(" for ");
  });

  it("queues nothing when email is off, and still gives the admin a working link", async () => {
    const admin = await createUser("ADMIN");
    const org = await createPartnerOrg();
    const outcome = await withEmailOff(() => inviteUser(admin, { email: "offline@partner.example", role: "PARTNER", partnerOrgId: org.id }, rid()));
    if (outcome.kind !== "link") throw new Error("expected a link");
    expect(outcome.emailed).toBe("email-off");
    expect(await db().outboundEmail.count()).toBe(0);
    expect(await findAccessLink(outcome.token)).toMatchObject({ valid: true });
  });
});
