import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import type { Actor } from "@/lib/auth/policy";
import { CONTENT_EVENTS, CONTENT_STATES, nextContentState, type ContentEvent, type ContentState } from "./content-states";
import { createItem } from "./create-item";
import { saveItem } from "./save-item";
import { submitItem } from "./submit-item";
import { approveItem, requestItemChanges } from "./review-item";
import { publishItem } from "./publish-item";
import { retireItem } from "./retire-item";
import { reopenSuspendedItem } from "./resolve-suspension";
import { restoreVersion } from "./restore-version";
import { insertQuote } from "./insert-quote";
import { addComment } from "./add-comment";
import { listApprovedPassages } from "./list-approved-passages";
import { ensureDefaultThemes, DEFAULT_THEMES } from "./default-themes";
import { getItem } from "./get-item";

type Channel = "SOCIAL" | "WEB" | "PRINT" | "BROADCAST" | "PARTNER_DOWNLOAD";
const base = { type: "QUOTE_CARD" as const, language: "en" as "en" | "ar", themeIds: [] as string[], audiences: ["young men"], channels: ["SOCIAL"] as Channel[], internalNotes: null };

async function people() {
  return { editor: await createUser("EDITOR"), reviewer: await createUser("REVIEWER"), otherEditor: await createUser("EDITOR") };
}

async function draft(editor: Actor, body = "They promised houses and salaries. Nobody got them.", extra: Partial<typeof base> = {}) {
  return createItem(editor, { ...base, ...extra, title: "Broken promises", body }, rid());
}

async function state(itemId: string) {
  return db().contentItem.findUniqueOrThrow({ where: { id: itemId } });
}

/** Drives a fresh item into `target` through the legal path. */
async function itemIn(target: ContentState, who: Awaited<ReturnType<typeof people>>) {
  const { id } = await draft(who.editor);
  const v = 1;
  if (target === "DRAFT") return id;
  await submitItem(who.editor, { itemId: id, expectedVersion: v, reviewerId: who.reviewer.id }, rid());
  if (target === "IN_REVIEW") return id;
  if (target === "CHANGES_REQUESTED") {
    await requestItemChanges(who.reviewer, { itemId: id, expectedVersion: v, comment: "Shorter, please." }, rid());
    return id;
  }
  await approveItem(who.reviewer, { itemId: id, expectedVersion: v }, rid());
  if (target === "APPROVED") return id;
  if (target === "PUBLISHED") {
    await publishItem(who.editor, { itemId: id, expectedVersion: v }, rid());
    return id;
  }
  await retireItem(who.editor, { itemId: id, expectedVersion: v, reason: "old" }, rid());
  return id;
}

async function attempt(event: ContentEvent, itemId: string, who: Awaited<ReturnType<typeof people>>) {
  const { version } = await state(itemId);
  const t = { itemId, expectedVersion: version };
  switch (event) {
    case "edit":
      return saveItem(who.editor, { ...base, ...t, title: "Edited", body: "Edited body." }, rid());
    case "submit":
      return submitItem(who.editor, { ...t, reviewerId: who.reviewer.id }, rid());
    case "approve":
      return approveItem(who.reviewer, t, rid());
    case "request-changes":
      return requestItemChanges(who.reviewer, { ...t, comment: "No." }, rid());
    case "publish":
      return publishItem(who.editor, t, rid());
    case "retire":
      return retireItem(who.editor, { ...t, reason: "test" }, rid());
    case "reopen":
      return reopenSuspendedItem(who.editor, t, rid());
  }
}

describe("content workflow on the database", () => {
  const illegal = CONTENT_STATES.flatMap((s) => CONTENT_EVENTS.filter((e) => nextContentState(s, e) === null).map((e) => [s, e] as const));

  it.each(illegal)("refuses %s --%s--> with InvalidTransition and changes nothing", async (from, event) => {
    const who = await people();
    const itemId = await itemIn(from, who);
    const before = await state(itemId);
    const error = await attempt(event, itemId, who).then(() => null, (e: Error) => e);
    expect(error?.constructor.name).toBe("InvalidTransition");
    expect(error?.message).toMatch(/^An item that is .+ cannot be/);
    const after = await state(itemId);
    expect({ state: after.state, version: after.version }).toEqual({ state: before.state, version: before.version });
  });

  it("creates version 1, and every save adds a version snapshot", async () => {
    const { editor } = await people();
    const { id, version } = await draft(editor);
    expect(version).toBe(1);
    await saveItem(editor, { ...base, itemId: id, expectedVersion: 1, title: "Second", body: "Two" }, rid());
    const versions = await db().contentVersion.findMany({ where: { itemId: id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => [v.number, v.title])).toEqual([[1, "Broken promises"], [2, "Second"]]);
    expect(await db().auditEvent.count({ where: { targetId: id, action: { in: ["content.created", "content.saved"] } } })).toBe(2);
  });

  it("refuses a save over a newer version, naming it, and loses neither text", async () => {
    const { editor, otherEditor } = await people();
    const { id } = await draft(editor);
    await saveItem(otherEditor, { ...base, itemId: id, expectedVersion: 1, title: "Theirs", body: "Their body" }, rid());
    const error = await saveItem(editor, { ...base, itemId: id, expectedVersion: 1, title: "Mine", body: "My body" }, rid()).catch((e: Error) => e);
    expect(error).toMatchObject({ message: expect.stringMatching(/Someone saved version 2 meanwhile/) });
    const item = await state(id);
    expect([item.version, item.title, item.body]).toEqual([2, "Theirs", "Their body"]);
    // Mine is still the caller's to resubmit against the version they have now seen.
    await saveItem(editor, { ...base, itemId: id, expectedVersion: 2, title: "Mine", body: "My body" }, rid());
    const titles = (await db().contentVersion.findMany({ where: { itemId: id }, orderBy: { number: "asc" } })).map((v) => v.title);
    expect(titles).toEqual(["Broken promises", "Theirs", "Mine"]);
  });

  it("restores an old version as a new version", async () => {
    const { editor } = await people();
    const { id } = await draft(editor, "Original body");
    await saveItem(editor, { ...base, itemId: id, expectedVersion: 1, title: "Changed", body: "Changed body" }, rid());
    const { version } = await restoreVersion(editor, { itemId: id, expectedVersion: 2, number: 1 }, rid());
    expect(version).toBe(3);
    const item = await state(id);
    expect([item.title, item.body, item.version]).toEqual(["Broken promises", "Original body", 3]);
    expect(await db().contentVersion.count({ where: { itemId: id } })).toBe(3);
  });

  it("approves, pinning the version and the reviewer; an edit afterwards returns it to DRAFT", async () => {
    const who = await people();
    const id = await itemIn("APPROVED", who);
    expect(await state(id)).toMatchObject({ state: "APPROVED", approvedVersion: 1, approvedById: who.reviewer.id });
    await saveItem(who.editor, { ...base, itemId: id, expectedVersion: 1, title: "Edited", body: "x" }, rid());
    expect(await state(id)).toMatchObject({ state: "DRAFT", approvedVersion: null, approvedById: null, version: 2 });
  });

  it("refuses approval by a reviewer who edited any version", async () => {
    const { editor } = await people();
    const reviewerWhoEdited = await createUser("REVIEWER");
    const { id } = await draft(editor);
    // A reviewer cannot edit through the domain; an editor later promoted to reviewer can have.
    await db().contentVersion.updateMany({ where: { itemId: id, number: 1 }, data: { editedById: reviewerWhoEdited.id } });
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: (await createUser("REVIEWER")).id }, rid());
    // Even assigned (say, by an admin who did not know), an author may not decide.
    await db().reviewAssignment.create({ data: { reviewerId: reviewerWhoEdited.id, assignedById: editor.id, itemId: id } });
    await expect(approveItem(reviewerWhoEdited, { itemId: id, expectedVersion: 1 }, rid())).rejects.toThrow(/You edited or submitted a version of this item/);
    expect((await state(id)).state).toBe("IN_REVIEW");
  });

  it("records comments with the version they were written about", async () => {
    const who = await people();
    const { id } = await draft(who.editor);
    // A reviewer not assigned to the item cannot read it, so cannot comment on it either.
    await expect(addComment(who.reviewer, { itemId: id, body: "Hidden." }, rid())).rejects.toThrow(/does not exist/);
    await addComment(who.otherEditor, { itemId: id, body: "Nice." }, rid());
    expect(await db().contentComment.findMany({ where: { itemId: id }, select: { body: true, version: true } })).toEqual([{ body: "Nice.", version: 1 }]);
  });

  it("seeds the default themes idempotently", async () => {
    await ensureDefaultThemes(db());
    await ensureDefaultThemes(db());
    expect(await db().theme.count()).toBe(DEFAULT_THEMES.length);
  });
});

describe("leak guard", () => {
  async function inReviewWith(body: string, title = "A story") {
    const who = await people();
    await createApprovedRedactedText(who.editor, who.reviewer); // a source whose dictionary has Karim Haddad, Abu Yusuf al-Shami, Samir
    const { id } = await createItem(who.editor, { ...base, title, body }, rid());
    // Submission already refuses such items; what matters here is the reviewer's gate, as
    // after a dictionary learned a name while the item was in review.
    await db().contentItem.update({ where: { id }, data: { state: "IN_REVIEW" } });
    await db().reviewAssignment.create({ data: { reviewerId: who.reviewer.id, assignedById: who.editor.id, itemId: id } });
    return { ...who, id };
  }

  it("refuses submission while the body contains a source's dictionary entry, and says where", async () => {
    const who = await people();
    await createApprovedRedactedText(who.editor, who.reviewer);
    const { id } = await createItem(who.editor, { ...base, title: "Why they left", body: "The man, Karim Haddad, left in the spring." }, rid());
    const error = await submitItem(who.editor, { itemId: id, expectedVersion: 1, reviewerId: who.reviewer.id }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(/cannot be submitted.*Body: source dictionary entry \(PERSON\) at 9–21\./);
    expect(String(error)).not.toMatch(/Karim|Haddad/);
    expect((await state(id)).state).toBe("DRAFT");
  });

  it("refuses approval while the body contains a source's dictionary entry, without repeating it", async () => {
    const { reviewer, id } = await inReviewWith("The man, Karim Haddad, left in the spring.");
    const error = await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(/cannot be approved.*Body: source dictionary entry \(PERSON\) at 9–21/);
    expect(String(error)).not.toMatch(/Karim|Haddad/);
    expect((await state(id)).state).toBe("IN_REVIEW");
  });

  it("catches a variant spelling of a dictionary entry", async () => {
    const { reviewer, id } = await inReviewWith("He went by Abou Youssef esh-Shami at the front.");
    await expect(approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid())).rejects.toThrow(/source dictionary entry/);
  });

  it("catches a dictionary entry in the title", async () => {
    const { reviewer, id } = await inReviewWith("Nothing here.", "Samir speaks");
    await expect(approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid())).rejects.toThrow(/Title: source dictionary entry/);
  });

  it("catches a detector-found phone number", async () => {
    const { reviewer, id } = await inReviewWith("Call +90 532 111 22 33 to hear more.");
    const error = await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(/direct identifier \(CONTACT\)/);
    expect(String(error)).not.toMatch(/532/);
  });

  it("shows the reviewer each hit by field and position", async () => {
    const { reviewer, id } = await inReviewWith("The man, Karim Haddad, left.");
    const view = await getItem(reviewer, id);
    expect(view?.leaks).toContainEqual(expect.objectContaining({ field: "body", start: 9, end: 21, type: "PERSON", fromDictionary: true }));
  });

  it("approves clean content", async () => {
    const { reviewer, id } = await inReviewWith("They promised houses and salaries. Nobody got them.");
    await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid());
    expect((await state(id)).state).toBe("APPROVED");
  });
});

describe("quotes and consent", () => {
  async function quoting(consent: NonNullable<Parameters<typeof createApprovedRedactedText>[2]>["consent"], opts: { usage?: "VERBATIM" | "PARAPHRASE"; channels?: Channel[]; language?: "en" | "ar" } = {}) {
    const who = await people();
    const passage = await createApprovedRedactedText(who.editor, who.reviewer, { consent });
    const { id } = await createItem(who.editor, { ...base, channels: opts.channels ?? ["SOCIAL"], language: opts.language ?? "en", title: "Promises", body: "" }, rid());
    await insertQuote(who.editor, { itemId: id, expectedVersion: 1, redactedTextId: passage.redactedTextId, start: 0, end: 94, usage: opts.usage ?? "VERBATIM" }, rid());
    await submitItem(who.editor, { itemId: id, expectedVersion: 2, reviewerId: who.reviewer.id }, rid());
    return { ...who, ...passage, id };
  }
  const full = { scopes: ["VERBATIM", "PARAPHRASE"], channels: ["SOCIAL", "WEB", "PARTNER_DOWNLOAD"], languages: ["en"] };

  it("lists only approved redacted passages, searchable, and inserts one as a blockquote linked to its source", async () => {
    const who = await people();
    const passage = await createApprovedRedactedText(who.editor, who.reviewer);
    const found = await listApprovedPassages(who.editor, "salary", 1);
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ redactedTextId: passage.redactedTextId, sourceCode: passage.sourceCode, text: "Nobody received the salary they were promised." });
    await db().redaction.updateMany({ data: { state: "DRAFT" } });
    expect((await listApprovedPassages(who.editor, "", 1)).total).toBe(0);
    await db().redaction.updateMany({ data: { state: "APPROVED" } });
    const { id } = await createItem(who.editor, { ...base, title: "Promises", body: "Intro." }, rid());
    const p = found.items[0]!;
    await insertQuote(who.editor, { itemId: id, expectedVersion: 1, redactedTextId: p.redactedTextId, start: p.start, end: p.end, usage: "VERBATIM" }, rid());
    const item = await state(id);
    expect(item.body).toBe("Intro.\n\n> Nobody received the salary they were promised.\n");
    expect(await db().contentQuote.findMany({ where: { itemId: id }, select: { sourceId: true, usage: true, start: true, end: true } })).toEqual([{ sourceId: passage.sourceId, usage: "VERBATIM", start: p.start, end: p.end }]);
  });

  it("approves within consent", async () => {
    const { reviewer, id } = await quoting(full);
    await approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid());
    expect((await state(id)).state).toBe("APPROVED");
  });

  it.each([
    ["no consent", null, {}, /no consent is recorded/],
    ["withdrawn consent", { ...full, withdrawnAt: new Date() }, {}, /consent was withdrawn/],
    ["expired consent", { ...full, expiresAt: new Date(Date.now() - 86_400_000) }, {}, /consent has expired/],
    ["a usage outside the scopes", { ...full, scopes: ["PARAPHRASE"] }, { usage: "VERBATIM" as const }, /does not cover “Verbatim quotes”/],
    ["paraphrase outside the scopes", { ...full, scopes: ["VERBATIM"] }, { usage: "PARAPHRASE" as const }, /does not cover “Paraphrase”/],
    ["a channel outside consent", full, { channels: ["SOCIAL", "BROADCAST"] as Channel[] }, /does not cover the channel “Broadcast”/],
    ["a language outside consent", full, { language: "ar" as const }, /does not cover Arabic/],
  ])("refuses approval with %s, naming the source and the rule", async (_name, consent, opts, rule) => {
    const { reviewer, id, sourceCode } = await quoting(consent, opts);
    const error = await approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(new RegExp(`Source ${sourceCode}: `));
    expect(String(error)).toMatch(rule);
    expect((await state(id)).state).toBe("IN_REVIEW");
  });

  it("refuses publishing once the consent has lapsed since approval", async () => {
    const { reviewer, editor, id, sourceId } = await quoting(full);
    await approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid());
    await db().consent.update({ where: { sourceId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(publishItem(editor, { itemId: id, expectedVersion: 2 }, rid())).rejects.toThrow(/cannot be published.*consent has expired/);
  });

  it("withdrawing consent retires a published item quoting the source, at once and audited", async () => {
    const { reviewer, editor, id, sourceId } = await quoting(full);
    await approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid());
    await publishItem(editor, { itemId: id, expectedVersion: 2 }, rid());
    const untouched = await draft(editor);
    const consent = await db().consent.findUniqueOrThrow({ where: { sourceId } });
    await withdrawConsent(editor, { sourceId, version: consent.version }, rid());
    expect(await state(id)).toMatchObject({ state: "RETIRED", retiredReason: "consent withdrawn" });
    expect((await state(untouched.id)).state).toBe("DRAFT");
    expect(await db().auditEvent.count({ where: { action: "content.retired", targetId: id } })).toBe(1);
  });

  it("a save that read the item before consent was withdrawn cannot bring it back", async () => {
    const { editor, id, sourceId } = await quoting(full);
    const before = await state(id);
    const consent = await db().consent.findUniqueOrThrow({ where: { sourceId } });
    await withdrawConsent(editor, { sourceId, version: consent.version }, rid());
    await expect(saveItem(editor, { ...base, itemId: id, expectedVersion: before.version, title: "Late edit", body: "Late." }, rid())).rejects.toThrow(/retired/);
    expect(await state(id)).toMatchObject({ state: "RETIRED", version: before.version });
  });
});
