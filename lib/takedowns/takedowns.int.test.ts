// Take-downs: opened for every organisation that downloaded an item when it is withdrawn,
// retired or suspended, told by email (references and a deadline, never the item's words or
// anything of its source) and by an asset.withdrawn event; confirmed from the portal or the
// API, by the organisation's own people only; reminded once when overdue.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { CurrentSession } from "@/lib/auth/session-user";
import { createApprovedRedactedText, createContentItem, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { FIXTURE_DICTIONARY } from "@/tests/support/testimony-fixtures";
import { leakedInto, queuedEmails } from "@/tests/support/queued-emails";
import { smtpTestServerForFile } from "@/tests/support/smtp-test-server";
import { sendDueEmails } from "@/lib/notices/email/send-queued-emails";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { eraseSource } from "@/lib/sources/erase-source";
import { retireItem } from "@/lib/content/retire-item";
import { suspendItem } from "@/lib/content/suspension";
import { listTakedowns } from "@/lib/content/list-takedowns";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { listOverdueTakedowns } from "@/lib/dashboard/overdue-takedowns";
import { tokenFor, apiRequest } from "@/lib/partner-api/test-fixtures";
import { GET as listApi } from "@/app/api/v1/takedowns/route";
import { POST as ackApi } from "@/app/api/v1/takedowns/[takedownId]/ack/route";
import { acknowledgeTakedownAction } from "@/app/(partner)/portal/actions";
import { remindOverdueTakedowns } from "./remind-overdue-takedowns";

let current: CurrentSession | null = null;
vi.mock("@/lib/auth/current-user", async (importOriginal) => ({ ...(await importOriginal<object>()), getCurrentSession: async () => current, getCurrentUser: async () => current?.actor ?? null }));
vi.mock("@/lib/request-id", () => ({ requestId: async () => "takedown-test" }));
vi.mock("next/cache", async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: () => undefined }));
// the action answers in the request's language: no cookie, no Accept-Language here
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

const TITLE = "The night Karim Haddad walked out";
const BODY = "Abu Yusuf al-Shami told us the emirs kept the best houses while the fighters went hungry.";
const HOUR = 3_600_000;

const smtp = smtpTestServerForFile({ beforeAll, afterAll });

async function world() {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const source = await createApprovedRedactedText(editor, reviewer);
  const item = async (title = TITLE, body = BODY) => {
    const created = await createContentItem({ createdBy: editor, title, body, state: "PUBLISHED" });
    await db().contentQuote.create({ data: { itemId: created.id, redactedTextId: source.redactedTextId, sourceId: source.sourceId, start: 0, end: 10 } });
    return created;
  };
  const alpha = await createPartnerOrg("Alpha Aid");
  await db().partnerOrganization.update({ where: { id: alpha.id }, data: { contactEmails: ["desk@alpha.test", "ANN@alpha.test"], webhookUrl: "https://alpha.test/hooks" } });
  const ann = await createUser("PARTNER", { partnerOrgId: alpha.id, email: "ann@alpha.test" });
  await createUser("PARTNER", { partnerOrgId: alpha.id, email: "gone@alpha.test", status: "DISABLED" });
  const beta = await createPartnerOrg("Beta Books");
  const bo = await createUser("PARTNER", { partnerOrgId: beta.id, email: "bo@beta.test" });
  const gamma = await createPartnerOrg("Gamma Group");
  await createUser("PARTNER", { partnerOrgId: gamma.id, email: "gil@gamma.test" });
  let n = 0;
  const download = (itemId: string, partnerOrgId: string, userId: string | null) =>
    db().download.create({ data: { itemId, itemVersion: 1, partnerOrgId, userId, format: "md", reference: `REF${partnerOrgId === alpha.id ? "A" : "B"}-${String(++n).padStart(4, "0")}` } });
  // what no partner email may carry: the item's words and anything of its source
  const secrets = [TITLE, BODY, "Karim Haddad", source.text.slice(13, 60), source.sourceCode, ...FIXTURE_DICTIONARY.flatMap((e) => [e.text, ...e.variants])];
  return { editor, reviewer, source, item, alpha, ann, beta, bo, gamma, download, secrets };
}

const session = (actor: CurrentSession["actor"]): CurrentSession => ({ actor, sessionId: "s1", reauthAt: new Date(), hasSecondFactor: true });

describe("take-downs", () => {
  it("opens one per downloading organisation when consent is withdrawn, and emails only references, the item id and the deadline", async () => {
    const w = await world();
    const item = await w.item();
    const a1 = await w.download(item.id, w.alpha.id, w.ann.id);
    const a2 = await w.download(item.id, w.alpha.id, null);
    const b1 = await w.download(item.id, w.beta.id, w.bo.id);
    const before = Date.now();
    await withdrawConsent(w.editor, { sourceId: w.source.sourceId, version: 1 }, rid());

    const takedowns = await db().takedown.findMany({ orderBy: { partnerOrgId: "asc" } });
    expect(takedowns.map((t) => [t.partnerOrgId, t.itemId, t.reason, t.acknowledgedAt]).sort()).toEqual(
      [[w.alpha.id, item.id, "WITHDRAWN", null], [w.beta.id, item.id, "WITHDRAWN", null]].sort(),
    );
    for (const t of takedowns) expect(Math.abs(t.deadlineAt.getTime() - before - 72 * HOUR)).toBeLessThan(60_000);
    const alphaTakedown = takedowns.find((t) => t.partnerOrgId === w.alpha.id)!;

    const emails = await queuedEmails();
    // each address once (a contact address that is also a user's is not doubled); disabled users and Gamma get nothing
    expect(emails.map((e) => e.to).sort()).toEqual(["ann@alpha.test", "bo@beta.test", "desk@alpha.test"]);
    expect(emails.every((e) => e.kind === "takedown")).toBe(true);
    const toAnn = emails.find((e) => e.to === "ann@alpha.test")!;
    expect(toAnn).toMatchObject({ userId: w.ann.id, partnerOrgId: w.alpha.id });
    expect(toAnn.text).toContain(`ref ${a1.reference}`);
    expect(toAnn.text).toContain(`ref ${a2.reference}`);
    expect(toAnn.text).not.toContain(b1.reference);
    expect(toAnn.text).toContain(item.id);
    expect(toAnn.text).toContain(alphaTakedown.deadlineAt.toISOString().replace("T", " ").slice(0, 16));
    expect(toAnn.text).toContain(`/api/v1/takedowns/${alphaTakedown.id}/ack`);
    expect(toAnn.text).toContain("/portal");
    expect(emails.find((e) => e.to === "bo@beta.test")!.text).not.toContain(a1.reference);
    expect(leakedInto(emails, w.secrets)).toEqual([]);

    // what the mail server receives: the same, to each address, and nothing of the item or its source
    expect(await sendDueEmails()).toMatchObject({ sent: 3, dead: 0 });
    const received = smtp().received;
    expect(received.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a?.text).join()).sort()).toEqual(["ann@alpha.test", "bo@beta.test", "desk@alpha.test"]);
    const delivered = received.find((m) => !Array.isArray(m.to) && m.to?.text === "ann@alpha.test")!;
    expect(delivered.subject).toBe(toAnn.subject);
    expect(delivered.text).toContain(`ref ${a1.reference}`);
    const wire = received.map((m) => `${m.subject ?? ""}\n${m.text ?? ""}\n${typeof m.html === "string" ? m.html : ""}\n${[...m.headers.values()].map(String).join("\n")}`).join("\n").toLowerCase();
    for (const secret of w.secrets) expect(wire.includes(secret.toLowerCase()), "a delivered take-down repeats the item or its source").toBe(false);

    // Alpha has an endpoint: one asset.withdrawn event; Beta has none
    const events = await db().webhookDelivery.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ partnerOrgId: w.alpha.id, event: "asset.withdrawn" });
    expect(events[0]!.payload).toEqual({ takedownId: alphaTakedown.id, itemId: item.id, references: [a1.reference, a2.reference], reason: "WITHDRAWN", deadlineAt: alphaTakedown.deadlineAt.toISOString() });
    expect(JSON.stringify(events[0]!.payload)).not.toContain("Karim");
  });

  it("groups the items of one withdrawal into one email per recipient", async () => {
    const w = await world();
    const first = await w.item();
    const second = await w.item("Second card", "They promised bread and gave us checkpoints.");
    await w.download(first.id, w.beta.id, w.bo.id);
    await w.download(second.id, w.beta.id, w.bo.id);
    await withdrawConsent(w.editor, { sourceId: w.source.sourceId, version: 1 }, rid());
    expect(await db().takedown.count({ where: { partnerOrgId: w.beta.id } })).toBe(2);
    const emails = await queuedEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain(first.id);
    expect(emails[0]!.text).toContain(second.id);
    expect(emails[0]!.subject).toBe("Take-down: remove 2 items you downloaded");
    expect(leakedInto(emails, [...w.secrets, "Second card", "checkpoints"])).toEqual([]);
  });

  it("opens take-downs when an admin erases the source, telling nothing of it", async () => {
    const w = await world();
    const item = await w.item();
    await w.download(item.id, w.beta.id, w.bo.id);
    const admin = await createUser("ADMIN");
    await eraseSource(admin, { sourceId: w.source.sourceId, confirmCode: w.source.sourceCode, reason: "The source asked to be forgotten." }, rid());
    expect(await db().takedown.findMany({ select: { partnerOrgId: true, reason: true } })).toEqual([{ partnerOrgId: w.beta.id, reason: "WITHDRAWN" }]);
    const emails = await queuedEmails();
    expect(emails.map((e) => e.to)).toEqual(["bo@beta.test"]);
    expect(leakedInto(emails, [...w.secrets, "forgotten"])).toEqual([]);
  });

  it("opens them on suspension and on retirement, but never a second open one for the same organisation", async () => {
    const w = await world();
    const item = await w.item();
    await w.download(item.id, w.alpha.id, w.ann.id);
    await w.download(item.id, w.beta.id, w.bo.id);
    await db().$transaction((tx) => suspendItem(tx, item.id, { kind: "recheck", runId: "r1" }, ["PERSON"], rid()));
    expect((await db().takedown.findMany()).map((t) => t.reason)).toEqual(["SUSPENDED", "SUSPENDED"]);
    expect(leakedInto(await queuedEmails(), w.secrets)).toEqual([]);

    // Alpha confirms removal; then the item is retired: Alpha is asked again, Beta (still open) is not
    const suspended = await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.alpha.id } });
    current = null;
    expect(await acknowledgeTakedownAction(null, { takedownId: suspended.id })).toMatchObject({ ok: false, error: "Your session has ended. Sign in again." });
    current = session(w.ann);
    expect(await acknowledgeTakedownAction(null, { takedownId: suspended.id })).toMatchObject({ ok: true });
    const emailsBefore = (await queuedEmails()).length;
    await retireItem(w.editor, { itemId: item.id, expectedVersion: item.version, reason: "out of date" }, rid());
    const rows = await db().takedown.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((t) => [t.partnerOrgId === w.alpha.id ? "alpha" : "beta", t.reason, t.acknowledgedAt ? "confirmed" : "open"]).sort()).toEqual(
      [["alpha", "RETIRED", "open"], ["alpha", "SUSPENDED", "confirmed"], ["beta", "SUSPENDED", "open"]].sort(),
    );
    const newEmails = (await queuedEmails()).slice(emailsBefore);
    expect(newEmails.map((e) => e.to).sort()).toEqual(["ann@alpha.test", "desk@alpha.test"]);
    expect(newEmails[0]!.text).toContain("retired by the editors");
    current = null;
  });

  it("is confirmed from the portal by the organisation's own people only, once, and audited", async () => {
    const w = await world();
    const item = await w.item();
    await w.download(item.id, w.alpha.id, w.ann.id);
    await w.download(item.id, w.beta.id, w.bo.id);
    await withdrawConsent(w.editor, { sourceId: w.source.sourceId, version: 1 }, rid());
    const alphaTakedown = await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.alpha.id } });

    current = session(w.bo);
    expect(await acknowledgeTakedownAction(null, { takedownId: alphaTakedown.id })).toEqual({ ok: false, error: "No such take-down." });
    current = session(w.editor);
    expect(await acknowledgeTakedownAction(null, { takedownId: alphaTakedown.id })).toMatchObject({ ok: false, error: "You are not allowed to do that." });
    expect((await db().takedown.findUniqueOrThrow({ where: { id: alphaTakedown.id } })).acknowledgedAt).toBeNull();

    const notices = await listWithdrawalNotices(w.ann);
    expect(notices[0]!.takedown).toMatchObject({ id: alphaTakedown.id, acknowledgedAt: null, overdue: false });

    current = session(w.ann);
    expect(await acknowledgeTakedownAction(null, { takedownId: alphaTakedown.id })).toMatchObject({ ok: true });
    const confirmed = await db().takedown.findUniqueOrThrow({ where: { id: alphaTakedown.id } });
    expect(confirmed).toMatchObject({ acknowledgedById: w.ann.id, acknowledgedVia: "PORTAL" });
    expect(await acknowledgeTakedownAction(null, { takedownId: alphaTakedown.id })).toMatchObject({ ok: true });
    expect((await db().takedown.findUniqueOrThrow({ where: { id: alphaTakedown.id } })).acknowledgedAt).toEqual(confirmed.acknowledgedAt);
    expect(await db().auditEvent.count({ where: { action: "takedown.acknowledged", targetId: alphaTakedown.id } })).toBe(1);
    expect((await listWithdrawalNotices(w.ann))[0]!.takedown?.acknowledgedAt).toEqual(confirmed.acknowledgedAt);
    current = null;

    // editors see who confirmed and who has not
    const page = await listTakedowns(w.editor);
    expect(page.items[0]!.takedowns.map((t) => [t.partner, t.acknowledgedAt ? `confirmed via ${t.acknowledgedVia} by ${t.acknowledgedBy}` : "open"]).sort()).toEqual(
      [["Alpha Aid", "confirmed via PORTAL by ann@alpha.test"], ["Beta Books", "open"]].sort(),
    );
  });

  it("is listed and confirmed through the API, idempotently, and another organisation's is a 404", async () => {
    const w = await world();
    const item = await w.item();
    const other = await w.item("Other card", "They promised bread and gave us checkpoints.");
    const a1 = await w.download(item.id, w.alpha.id, null);
    await w.download(other.id, w.alpha.id, null);
    await w.download(item.id, w.beta.id, null);
    await withdrawConsent(w.editor, { sourceId: w.source.sourceId, version: 1 }, rid());
    const { plaintext, token } = await tokenFor(w.alpha.id);
    const mine = await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.alpha.id, itemId: item.id } });
    const theirs = await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.beta.id } });
    const ack = (id: string, bearer = plaintext) => ackApi(new Request(`http://localhost/api/v1/takedowns/${id}/ack`, { method: "POST", headers: { "x-forwarded-for": "127.0.0.1", Authorization: `Bearer ${bearer}` } }), { params: Promise.resolve({ takedownId: id }) });

    const refused = await ack(theirs.id);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toEqual({ error: "Not found." });
    expect((await ack("no-such-id")).status).toBe(404);
    expect((await db().takedown.findUniqueOrThrow({ where: { id: theirs.id } })).acknowledgedAt).toBeNull();
    expect((await ack(mine.id, "cvp_wrong")).status).toBe(401);

    const first = await ack(mine.id);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { acknowledgedAt: string; references: string[]; reason: string; itemId: string };
    expect(body).toMatchObject({ id: mine.id, itemId: item.id, references: [a1.reference], reason: "WITHDRAWN", overdue: false });
    expect(body.acknowledgedAt).toEqual(expect.any(String));
    const again = (await (await ack(mine.id)).json()) as { acknowledgedAt: string };
    expect(again.acknowledgedAt).toBe(body.acknowledgedAt);
    expect(await db().takedown.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ acknowledgedVia: "API", acknowledgedById: null });
    const audit = await db().auditEvent.findMany({ where: { action: "takedown.acknowledged" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ via: "API", apiTokenId: token.id, partnerOrgId: w.alpha.id });

    const list = await listApi(apiRequest("/api/v1/takedowns", plaintext));
    expect(list.status).toBe(200);
    const listed = (await list.json()) as { takedowns: { id: string; acknowledgedAt: string | null }[]; page: number; pageCount: number };
    // open first, only Alpha's
    expect(listed.takedowns.map((t) => [t.id, t.acknowledgedAt === null])).toEqual([
      [(await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.alpha.id, itemId: other.id } })).id, true],
      [mine.id, false],
    ]);
    expect(JSON.stringify(listed)).not.toContain(TITLE);
    expect((await listApi(apiRequest("/api/v1/takedowns?page=0", plaintext))).status).toBe(400);
    // an organisation asked for nothing lists nothing
    const gamma = await tokenFor(w.gamma.id);
    expect(await (await listApi(apiRequest("/api/v1/takedowns", gamma.plaintext))).json()).toEqual({ takedowns: [], page: 1, pageCount: 1 });
  });

  it("reminds each overdue take-down once, and lists it on the dashboard by organisation", async () => {
    const w = await world();
    const item = await w.item();
    await w.download(item.id, w.alpha.id, w.ann.id);
    await w.download(item.id, w.beta.id, w.bo.id);
    await withdrawConsent(w.editor, { sourceId: w.source.sourceId, version: 1 }, rid());
    const sent = (await queuedEmails()).length;
    // nothing is overdue yet
    expect(await remindOverdueTakedowns()).toBe(0);
    expect(await listOverdueTakedowns(w.editor)).toEqual({ organisations: [], total: 0 });

    await db().takedown.updateMany({ data: { deadlineAt: new Date(Date.now() - HOUR) } });
    const betaTakedown = await db().takedown.findFirstOrThrow({ where: { partnerOrgId: w.beta.id } });
    await db().takedown.update({ where: { id: betaTakedown.id }, data: { acknowledgedAt: new Date() } });

    const overdue = await listOverdueTakedowns(w.editor);
    expect(overdue?.organisations.map((o) => [o.organisation, o.takedowns.map((t) => t.itemId)])).toEqual([["Alpha Aid", [item.id]]]);
    expect(await listOverdueTakedowns(w.reviewer)).toBeNull();
    expect((await listTakedowns(w.editor)).items[0]!.takedowns.find((t) => t.partner === "Alpha Aid")?.overdue).toBe(true);

    expect(await remindOverdueTakedowns()).toBe(1);
    const reminders = (await queuedEmails()).slice(sent);
    expect(reminders.map((e) => e.to).sort()).toEqual(["ann@alpha.test", "desk@alpha.test"]);
    expect(reminders[0]!.subject).toMatch(/^Overdue take-down/);
    expect(leakedInto(reminders, w.secrets)).toEqual([]);
    // once only
    expect(await remindOverdueTakedowns()).toBe(0);
    expect((await queuedEmails()).length).toBe(sent + 2);
  });

  it("stays on the portal to confirm while open, even once a suspension is lifted", async () => {
    const w = await world();
    const item = await w.item();
    await w.download(item.id, w.beta.id, w.bo.id);
    await db().$transaction((tx) => suspendItem(tx, item.id, { kind: "recheck", runId: "r1" }, ["PERSON"], rid()));
    await db().contentItem.update({ where: { id: item.id }, data: { suspendedAt: null, suspendedReason: null } });
    const [notice] = await listWithdrawalNotices(w.bo);
    expect(notice).toMatchObject({ id: item.id, underReview: true, titleWithheld: true, takedown: { acknowledgedAt: null } });
    expect(JSON.stringify(notice)).not.toContain("Karim");
    current = session(w.bo);
    expect(await acknowledgeTakedownAction(null, { takedownId: notice!.takedown!.id })).toMatchObject({ ok: true });
    current = null;
    expect(await listWithdrawalNotices(w.bo)).toEqual([]);
  });

  it("is listed for editors and admins, never reviewers or partners", async () => {
    expect((await listTakedowns(await createUser("EDITOR"))).total).toBe(0);
    for (const role of ["REVIEWER", "PARTNER"] as const) await expect(listTakedowns(await createUser(role))).rejects.toThrow(/not allowed/);
  });
});
