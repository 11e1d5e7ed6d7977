// The weekly consent digest: each handling editor, at most once in 7 days, hears of their own
// sources whose consent expires within 30 days — by code name and date, nothing else.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { leakedInto, queuedEmails, switchEmailOn } from "@/tests/support/queued-emails";
import { sendConsentDigests } from "./send-consent-digests";
import { sendConsentDigestsNow } from "./send-consent-digests-now";

beforeAll(() => switchEmailOn());

const DAY = 24 * 60 * 60 * 1000;

async function sourceExpiring(editor: Awaited<ReturnType<typeof createUser>>, inDays: number, options: { withdrawn?: boolean; realName?: string } = {}) {
  const source = await createSource({ editor, realName: options.realName ?? "Karim Haddad", pseudonym: "The Baker" });
  await db().consent.create({
    data: { sourceId: source.id, scopes: ["VERBATIM"], channels: ["WEB"], languages: ["en"], expiresAt: new Date(Date.now() + inDays * DAY), withdrawnAt: options.withdrawn ? new Date() : null },
  });
  return source;
}

describe("consent digests", () => {
  it("list each handling editor's own sources expiring within 30 days, by code and date only, once a week", async () => {
    const editor = await createUser("EDITOR");
    const other = await createUser("EDITOR");
    const idle = await createUser("EDITOR");
    const soon = await sourceExpiring(editor, 10);
    const later = await sourceExpiring(editor, 45);
    const withdrawn = await sourceExpiring(editor, 5, { withdrawn: true });
    const lapsed = await sourceExpiring(editor, -1);
    const others = await sourceExpiring(other, 20, { realName: "Samir Khalil" });
    await sourceExpiring(idle, 60);

    expect(await sendConsentDigests()).toMatchObject({ queued: 2, skippedRecent: 0 });
    const emails = await queuedEmails();
    expect(emails.map((e) => [e.kind, e.to, e.userId]).sort()).toEqual([["consent-digest", editor.email, editor.id], ["consent-digest", other.email, other.id]].sort());
    const mine = emails.find((e) => e.to === editor.email)!;
    expect(mine.subject).toBe("1 consent expires within 30 days");
    expect(mine.text).toContain(`${soon.code}: expires ${new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10)}`);
    expect(mine.text).toContain(`/sources/${soon.id}`);
    for (const code of [later.code, withdrawn.code, lapsed.code, others.code]) expect(mine.text).not.toContain(code);
    expect(emails.find((e) => e.to === other.email)!.text).toContain(others.code);
    expect(leakedInto(emails, ["Karim Haddad", "Samir Khalil", "The Baker"])).toEqual([]);

    // within the week: nothing more
    expect(await sendConsentDigests()).toMatchObject({ queued: 0, skippedRecent: 2 });
    expect(await db().outboundEmail.count()).toBe(2);
    // a week on, again
    await db().outboundEmail.updateMany({ data: { createdAt: new Date(Date.now() - 7 * DAY - 60_000) } });
    expect(await sendConsentDigests()).toMatchObject({ queued: 2 });
  });

  it("skip an editor who switched them off", async () => {
    const editor = await createUser("EDITOR");
    await db().user.update({ where: { id: editor.id }, data: { emailOptOuts: ["consent-digest"] } });
    await sourceExpiring(editor, 3);
    expect(await sendConsentDigests()).toMatchObject({ queued: 0, optedOut: 1 });
    expect(await db().outboundEmail.count()).toBe(0);
  });

  it("are sent on demand by an admin only, and the demand is audited", async () => {
    const editor = await createUser("EDITOR");
    await sourceExpiring(editor, 3);
    await expect(sendConsentDigestsNow(editor, rid())).rejects.toThrow(/not allowed/);
    const admin = await createUser("ADMIN");
    expect(await sendConsentDigestsNow(admin, rid())).toBe("Consent digests queued for 1 editor.");
    expect(await sendConsentDigestsNow(admin, rid())).toBe("Consent digests queued for 0 editors. 1 had one in the last 7 days.");
    expect(await db().auditEvent.count({ where: { action: "notices.consent-digests-sent", actorId: admin.id } })).toBe(2);
  });
});
