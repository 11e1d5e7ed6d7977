import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import { createItem } from "@/lib/content/create-item";
import { insertQuote } from "@/lib/content/insert-quote";
import { saveItem } from "@/lib/content/save-item";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem, requestItemChanges } from "@/lib/content/review-item";
import { publishItem } from "@/lib/content/publish-item";
import { retireItem } from "@/lib/content/retire-item";
import { acknowledgeFindings } from "./acknowledge-findings";
import { assessItemDisclosure } from "./assess-item-disclosure";
import { setDisclosureBudget } from "./set-disclosure-budget";
import { getSourceDisclosure } from "./get-source-disclosure";

type Risk = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
const PASSAGE = "He said the promises were lies and the salary never came.\n\nNobody came back the way he left.";
const fields = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

async function setting(risk: Risk) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const admin = await createUser("ADMIN");
  const passage = await createApprovedRedactedText(editor, reviewer, { text: PASSAGE, dictionary: [{ text: "Yusuf Haddad", type: "PERSON", variants: [] }] });
  await db().source.update({ where: { id: passage.sourceId }, data: { riskLevel: risk } });
  return { editor, reviewer, admin, ...passage };
}

/** A draft with `body` and a quote from the source's approved passage, submitted for review: version 2. */
async function itemInReview(s: Awaited<ReturnType<typeof setting>>, body: string, title = "What he told us") {
  const { id } = await createItem(s.editor, { ...fields, title, body }, rid());
  await insertQuote(s.editor, { itemId: id, expectedVersion: 1, redactedTextId: s.redactedTextId, start: 0, end: PASSAGE.indexOf("\n\n"), usage: "VERBATIM" }, rid());
  await submitItem(s.editor, { itemId: id, expectedVersion: 2, reviewerId: s.reviewer.id }, rid());
  return id;
}

async function version(itemId: string) {
  return (await db().contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { version: true } })).version;
}

async function approve(reviewer: Actor, itemId: string) {
  return approveItem(reviewer, { itemId, expectedVersion: await version(itemId) }, rid());
}

async function publish(editor: Actor, itemId: string) {
  return publishItem(editor, { itemId, expectedVersion: await version(itemId) }, rid());
}

async function acknowledgeAll(reviewer: Actor, itemId: string, reason = "Generalising would gut the story; the town is large enough.") {
  const d = (await assessItemDisclosure(db(), itemId, reviewer.id))!;
  return acknowledgeFindings(reviewer, { itemId, expectedVersion: d.version, factHashes: d.findings.filter((f) => f.needsAcknowledgement).map((f) => f.hash), reason }, rid());
}

const stateOf = async (itemId: string) => (await db().contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { state: true } })).state;
const failure = (p: Promise<unknown>) => p.then(() => null, (e: Error) => e);

// MEDIUM: threshold 6, budget 10. 31 (age 3) + Manbij (place 3) + mechanic (role 2) = 8.
const OVER_MEDIUM = "He was 31, a mechanic from Manbij.";
// Each 6 alone; together age 3 + date 2 + nationality 1 + role 2 + place 3 = 11.
const FIRST = "He was 31 when he joined in the summer of 2014, a Tunisian among many.";
const SECOND = "A mechanic from Manbij, he got out in 2016.";

describe("quasi-identifier risk per item", () => {
  it("records what a submitted item reveals in the audit trail, by kind only", async () => {
    const s = await setting("MEDIUM");
    const itemId = await itemInReview(s, OVER_MEDIUM);
    const submitted = await db().auditEvent.findFirstOrThrow({ where: { action: "content.submitted", targetId: itemId } });
    const details = submitted.details as { disclosure: { findings: { kind: string }[]; sources: { score: number; threshold: number }[] } };
    expect(details.disclosure.findings.map((f) => f.kind).sort()).toEqual(["AGE", "PLACE", "ROLE"]);
    expect(details.disclosure.sources).toEqual([expect.objectContaining({ score: 8, threshold: 6 })]);
    expect(JSON.stringify(details)).not.toContain("Manbij");
  });

  it("refuses approval above the threshold without acknowledgements, and approves once the reviewer acknowledged each finding with a reason", async () => {
    const s = await setting("MEDIUM");
    const itemId = await itemInReview(s, OVER_MEDIUM);
    const refused = await failure(approve(s.reviewer, itemId));
    expect(refused?.constructor.name).toBe("DisclosureBlocked");
    expect(refused?.message).toMatch(/cannot be approved yet: Source S-\d+ \(Medium risk\): this item reveals age \(exact age, 3\), place \(named town, village or site, 3\), role or job \(role or job, 2\), a score of 8 above the threshold of 6\. Acknowledge each/);
    expect(refused?.message).not.toContain("Manbij");
    expect(await stateOf(itemId)).toBe("IN_REVIEW");

    const d = (await assessItemDisclosure(db(), itemId, s.reviewer.id))!;
    const hashes = d.findings.map((f) => f.hash);
    const partial = await failure(acknowledgeFindings(s.reviewer, { itemId, expectedVersion: 2, factHashes: hashes.slice(1), reason: "Checked with the caseworker." }, rid()));
    expect(partial?.message).toBe("Acknowledge each finding: 2 of 3 ticked.");
    const short = await failure(acknowledgeFindings(s.reviewer, { itemId, expectedVersion: 2, factHashes: hashes, reason: "ok" }, rid()));
    expect(short?.constructor.name).toBe("InvalidInput");
    expect(await db().disclosureAcknowledgement.count()).toBe(0);

    await acknowledgeAll(s.reviewer, itemId, "Checked with the caseworker: he agreed to all three.");
    expect(await db().disclosureAcknowledgement.count({ where: { itemId, itemVersion: 2, reviewerId: s.reviewer.id } })).toBe(3);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "disclosure.acknowledged", targetId: itemId } });
    expect(audit).toMatchObject({ actorId: s.reviewer.id, details: expect.objectContaining({ version: 2, reason: "Checked with the caseworker: he agreed to all three." }) });

    // Acknowledgements are the approving reviewer's own.
    const other = await createUser("REVIEWER");
    await db().reviewAssignment.create({ data: { reviewerId: other.id, assignedById: s.editor.id, itemId } });
    expect((await failure(approve(other, itemId)))?.message).toMatch(/Acknowledge each quasi-identifier/);

    await approve(s.reviewer, itemId);
    expect(await stateOf(itemId)).toBe("APPROVED");
    const approved = await db().auditEvent.findFirstOrThrow({ where: { action: "content.approved", targetId: itemId } });
    expect(approved.details).toMatchObject({ version: 2, disclosure: { acknowledged: 3 } });
  });

  it("needs new acknowledgements for a new version", async () => {
    const s = await setting("MEDIUM");
    const itemId = await itemInReview(s, OVER_MEDIUM);
    await acknowledgeAll(s.reviewer, itemId);
    await requestItemChanges(s.reviewer, { itemId, expectedVersion: 2, comment: "One more look at the wording." }, rid());
    const { body } = await db().contentItem.findUniqueOrThrow({ where: { id: itemId } });
    await saveItem(s.editor, { ...fields, itemId, expectedVersion: 2, title: "What he told us", body: `${body}\nEdited.` }, rid());
    await submitItem(s.editor, { itemId, expectedVersion: 3, reviewerId: s.reviewer.id }, rid());

    expect((await failure(approve(s.reviewer, itemId)))?.message).toMatch(/Acknowledge each quasi-identifier with your reason \(3 to go\)/);
    const stale = await failure(acknowledgeFindings(s.reviewer, { itemId, expectedVersion: 2, factHashes: ["0".repeat(32)], reason: "An old page, submitted late." }, rid()));
    expect(stale?.constructor.name).toBe("Conflict");
    await acknowledgeAll(s.reviewer, itemId);
    await approve(s.reviewer, itemId);
    expect(await db().disclosureAcknowledgement.groupBy({ by: ["itemVersion"], where: { itemId }, _count: true, orderBy: { itemVersion: "asc" } })).toEqual([
      { itemVersion: 2, _count: 3 },
      { itemVersion: 3, _count: 3 },
    ]);
  });

  it("approves an item below the threshold without acknowledgements", async () => {
    const s = await setting("MEDIUM");
    const itemId = await itemInReview(s, FIRST);
    await approve(s.reviewer, itemId);
    expect(await stateOf(itemId)).toBe("APPROVED");
  });

  it("holds a HIGH source to a lower threshold than a MEDIUM one", async () => {
    const s = await setting("HIGH");
    const itemId = await itemInReview(s, FIRST);
    expect((await failure(approve(s.reviewer, itemId)))?.message).toMatch(/a score of 6 above the threshold of 4/);
  });

  it("refuses outright an item above a CRITICAL source's threshold, acknowledged or not", async () => {
    const s = await setting("CRITICAL");
    const itemId = await itemInReview(s, "He fixed engines in Manbij.");
    const refused = await failure(approve(s.reviewer, itemId));
    expect(refused?.message).toMatch(/cannot be approved: Source S-\d+ \(Critical risk\): this item reveals place \(named town, village or site, 3\), a score of 3 above the threshold of 2\. A source at critical risk gets nothing above its threshold/);
    expect((await failure(acknowledgeAll(s.reviewer, itemId)))?.constructor.name).toBe("DisclosureBlocked");
    expect(await stateOf(itemId)).toBe("IN_REVIEW");
  });
});

describe("the disclosure budget per source", () => {
  it("refuses the second of two items that are harmless alone, explains why, and lets it through once an admin raises the budget (audited)", async () => {
    const s = await setting("MEDIUM");
    const first = await itemInReview(s, FIRST);
    const second = await itemInReview(s, SECOND, "How he got out");
    expect((await assessItemDisclosure(db(), second, null))!.crossings).toEqual([]);
    await approve(s.reviewer, first);
    await publish(s.editor, first);

    const refused = await failure(approve(s.reviewer, second));
    expect(refused?.constructor.name).toBe("DisclosureBlocked");
    expect(refused?.message).toMatch(/would cross a disclosure budget\. Source S-\d+: together with what is already published \(age \(exact age, 3\), date \(season and year, 2\), nationality or origin \(nationality or origin, 1\); 6 of 10\), this item would reveal 11, over the disclosure budget of 10\. It adds place \(named town, village or site, \+3\), role or job \(role or job, \+2\)\./);
    expect(await stateOf(second)).toBe("IN_REVIEW");

    for (const who of [s.editor, s.reviewer]) {
      expect((await failure(setDisclosureBudget(who, { sourceId: s.sourceId, expectedBudgetVersion: 0, budget: 12, reason: "Let it through, please." }, rid())))?.constructor.name).toBe("NotAllowed");
    }
    const bad = await failure(setDisclosureBudget(s.admin, { sourceId: s.sourceId, expectedBudgetVersion: 0, budget: 0, reason: "Too small a number." }, rid()));
    expect(bad?.constructor.name).toBe("InvalidInput");
    expect(await db().source.findUniqueOrThrow({ where: { id: s.sourceId }, select: { disclosureBudget: true, budgetVersion: true } })).toEqual({ disclosureBudget: null, budgetVersion: 0 });

    await setDisclosureBudget(s.admin, { sourceId: s.sourceId, expectedBudgetVersion: 0, budget: 12, reason: "He asked for the story of his escape to be told." }, rid());
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "source.budget-changed", targetId: s.sourceId } });
    expect(audit).toMatchObject({ actorId: s.admin.id, details: { code: s.sourceCode, from: 10, to: 12, default: false, reason: "He asked for the story of his escape to be told." } });
    const stale = await failure(setDisclosureBudget(s.admin, { sourceId: s.sourceId, expectedBudgetVersion: 0, budget: 20, reason: "A second admin, unaware." }, rid()));
    expect(stale?.constructor.name).toBe("Conflict");

    await approve(s.reviewer, second);
    await publish(s.editor, second);
    const ledger = await getSourceDisclosure(s.admin, s.sourceId);
    expect(ledger).toMatchObject({ limit: 12, isDefault: false, used: 11 });
    expect(ledger!.history).toEqual([expect.objectContaining({ previous: null, budget: 12, reason: "He asked for the story of his escape to be told.", changedBy: s.admin.name })]);
    expect(ledger!.facts.find((f) => f.kind === "PLACE")?.items.map((i) => i.title)).toEqual(["How he got out"]);
  });

  it("frees a retired item's share of the budget", async () => {
    const s = await setting("MEDIUM");
    const first = await itemInReview(s, FIRST);
    const second = await itemInReview(s, SECOND, "How he got out");
    await approve(s.reviewer, first);
    await publish(s.editor, first);
    expect((await failure(approve(s.reviewer, second)))?.constructor.name).toBe("DisclosureBlocked");
    await retireItem(s.editor, { itemId: first, expectedVersion: await version(first), reason: "Taken down at his request." }, rid());
    expect((await getSourceDisclosure(s.reviewer, s.sourceId))!.used).toBe(0);
    await approve(s.reviewer, second);
    expect(await stateOf(second)).toBe("APPROVED");
  });

  it("checks the budget again at publication, against what was published since approval", async () => {
    const s = await setting("MEDIUM");
    const first = await itemInReview(s, FIRST);
    const second = await itemInReview(s, SECOND, "How he got out");
    await approve(s.reviewer, first);
    await approve(s.reviewer, second);
    await publish(s.editor, first);
    const refused = await failure(publish(s.editor, second));
    expect(refused?.message).toMatch(/^This item cannot be published: it would cross a disclosure budget\./);
    expect(await stateOf(second)).toBe("APPROVED");
  });

  it("waits for a concurrent publication about the same source before checking the budget", async () => {
    const s = await setting("MEDIUM");
    const first = await itemInReview(s, FIRST);
    const second = await itemInReview(s, SECOND, "How he got out");
    await approve(s.reviewer, first);
    await approve(s.reviewer, second);
    // Another transaction publishing `first` holds the source, as publishItem does, and commits a little later.
    let commit!: () => void;
    const later = new Promise<void>((resolve) => (commit = resolve));
    const other = db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${s.sourceId} FOR UPDATE`;
        await tx.contentItem.update({ where: { id: first }, data: { state: "PUBLISHED", publishedAt: new Date() } });
        await later;
      },
      { timeout: 20_000 },
    );
    const racing = failure(publish(s.editor, second));
    await new Promise((resolve) => setTimeout(resolve, 500));
    commit();
    await other;
    expect((await racing)?.message).toMatch(/would cross a disclosure budget/);
    expect(await stateOf(second)).toBe("APPROVED");
  });
});
