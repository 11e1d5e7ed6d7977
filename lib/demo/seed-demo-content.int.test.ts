import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid, redactedTextOf } from "@/tests/support/factories";
import { checkItemConsent } from "@/lib/content/consent-check";
import { findLeaks, releasableFields } from "@/lib/content/leak-guard";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { approveItem } from "@/lib/content/review-item";
import { getSourceDisclosure } from "@/lib/disclosure/get-source-disclosure";
import { setDisclosureBudget } from "@/lib/disclosure/set-disclosure-budget";
import { DEMO_CAMPAIGN_NAME } from "./seed-demo-campaign";
import { seedDemo } from "./seed-demo";
import {
  DEMO_DRAFT_TITLE,
  DEMO_IN_REVIEW_TITLE,
  DEMO_ITEMS,
  DEMO_PUBLISHED_TITLES,
  DEMO_STABLE_PUBLISHED_TITLE_AR,
  DEMO_STABLE_PUBLISHED_TITLE_EN,
  DEMO_WITHDRAWAL_ITEM_TITLE,
  DEMO_WITHDRAWAL_SOURCE_CODE,
} from "./demo-content";
import { DEMO_BUDGET_BLOCKED_TITLE, DEMO_BUDGET_SOURCE_CODE, DEMO_DISCLOSURE_ITEMS } from "./demo-disclosure";
import { DEMO_PASTED_SENTENCE, DEMO_PASTED_SOURCE_CODE } from "./demo-sources-salma";
import { createItem } from "@/lib/content/create-item";
import { getItem } from "@/lib/content/get-item";
import { pastedSourceNotice } from "@/lib/content/pasted-testimony/match-passages";

const DISCLOSURE_TITLES = new Set(DEMO_DISCLOSURE_ITEMS.map((i) => i.title));

/** The content demo's items; the disclosure demo's (S-0004) are checked on their own below. */
async function seededItems(options: { disclosureDemo?: boolean } = {}) {
  const items = await db().contentItem.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { quotes: true, comments: true, themes: true },
  });
  return options.disclosureDemo ? items : items.filter((i) => !DISCLOSURE_TITLES.has(i.title));
}

async function sourceCodes(): Promise<Map<string, string>> {
  return new Map((await db().source.findMany({ select: { id: true, code: true } })).map((s) => [s.id, s.code]));
}

async function user(email: string) {
  return db().user.findUniqueOrThrow({ where: { email } });
}

// Each test seeds the whole demo through the real workflow (every step renders and reads back
// the item's PDF), so they are given more than the default time.
describe("the demo seed's content", { timeout: 120_000 }, () => {
  it("has items in every state but retired, in English and Arabic, at least three published", async () => {
    await seedDemo();
    const items = await seededItems();
    expect(items.map((i) => [i.title, i.state, i.language])).toEqual(DEMO_ITEMS.map((i) => [i.title, i.state, i.language]));
    const published = items.filter((i) => i.state === "PUBLISHED");
    expect(published.map((i) => i.title)).toEqual(DEMO_PUBLISHED_TITLES);
    expect(published.length).toBeGreaterThanOrEqual(3);
    expect(new Set(published.map((i) => i.language))).toEqual(new Set(["en", "ar"]));
    for (const state of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"]) expect(items.some((i) => i.state === state), state).toBe(true);
    expect(new Set(items.map((i) => i.type)).size).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.themes.length > 0)).toBe(true);

    const editor = await user("editor@demo.test");
    const reviewer = await user("reviewer@demo.test");
    expect(items.every((i) => i.createdById === editor.id)).toBe(true);
    expect(items.filter((i) => i.approvedById).every((i) => i.approvedById === reviewer.id && i.approvedVersion === i.version)).toBe(true);
    const sentBack = items.find((i) => i.state === "CHANGES_REQUESTED")!;
    expect(sentBack.comments).toEqual([expect.objectContaining({ authorId: reviewer.id, version: sentBack.version })]);
    expect(sentBack.comments[0]!.body.length).toBeGreaterThan(20);
    expect(items.find((i) => i.title === DEMO_DRAFT_TITLE)?.state).toBe("DRAFT");
    expect(items.find((i) => i.title === DEMO_IN_REVIEW_TITLE)?.state).toBe("IN_REVIEW");
  });

  it("quotes only approved redacted testimony of S-0002 and S-0003, linked to its passage and source", async () => {
    await seedDemo();
    const codes = await sourceCodes();
    for (const item of await seededItems()) {
      expect(item.quotes.length, item.title).toBeGreaterThan(0);
      for (const quote of item.quotes) {
        expect(quote.detected, `${item.title}: its own text repeats no testimony beyond the picked quote`).toBe(false);
        const passage = await db().redactedText.findUniqueOrThrow({ where: { id: quote.redactedTextId }, include: { redaction: { select: { state: true } } } });
        expect(passage.redaction.state).toBe("APPROVED");
        expect(passage.sourceId).toBe(quote.sourceId);
        expect(passage.language).toBe(item.language);
        expect(["S-0002", "S-0003"]).toContain(codes.get(quote.sourceId));
        expect(item.body).toContain(`> ${(await redactedTextOf({ id: passage.id })).slice(quote.start, quote.end)}`);
      }
    }
  });

  it("approves the redactions of S-0002 and S-0003 (English and Arabic) by a second person and leaves S-0001's untouched", async () => {
    await seedDemo();
    const editor = await user("editor@demo.test");
    const reviewer2 = await user("reviewer2@demo.test");
    const testimonies = await db().testimony.findMany({
      orderBy: [{ source: { code: "asc" } }, { createdAt: "asc" }],
      select: { language: true, source: { select: { code: true } }, redaction: { select: { state: true, editorIds: true, reviews: { select: { reviewerId: true, decision: true } } } } },
    });
    expect(testimonies.map((t) => [t.source.code, t.language, t.redaction?.state ?? null])).toEqual([
      ["S-0001", "en", null],
      ["S-0001", "ar", null],
      ["S-0002", "en", "APPROVED"],
      ["S-0002", "ar", "APPROVED"],
      ["S-0003", "en", "APPROVED"],
      ["S-0004", "en", "APPROVED"],
      [DEMO_PASTED_SOURCE_CODE, "en", "APPROVED"],
    ]);
    for (const t of testimonies.filter((t) => t.redaction)) {
      expect(t.redaction!.editorIds).toEqual([editor.id]);
      expect(t.redaction!.reviews).toEqual([{ reviewerId: reviewer2.id, decision: "APPROVED" }]);
    }
    expect(await db().auditEvent.count({ where: { action: "redaction.approved" } })).toBe(5);
    const disclosurePublished = DEMO_DISCLOSURE_ITEMS.filter((i) => i.state === "PUBLISHED").length;
    expect(await db().auditEvent.count({ where: { action: "content.published" } })).toBe(DEMO_PUBLISHED_TITLES.length + disclosurePublished);
  });

  it("passes the leak guard and the consent check with every item", async () => {
    await seedDemo();
    for (const item of await seededItems({ disclosureDemo: true })) {
      expect(await findLeaks(db(), await releasableFields(db(), item.id)), item.title).toEqual([]);
      expect(await checkItemConsent(db(), item.id), item.title).toEqual([]);
    }
  });

  it("quotes S-0003 in exactly one published item, which alone is retired when S-0003 withdraws consent", async () => {
    await seedDemo();
    const codes = await sourceCodes();
    const items = await seededItems();
    const quoted = (item: (typeof items)[number]) => [...new Set(item.quotes.map((q) => codes.get(q.sourceId)))];
    expect(items.filter((i) => quoted(i).includes(DEMO_WITHDRAWAL_SOURCE_CODE)).map((i) => [i.title, i.state, quoted(i)])).toEqual([
      [DEMO_WITHDRAWAL_ITEM_TITLE, "PUBLISHED", [DEMO_WITHDRAWAL_SOURCE_CODE]],
    ]);
    const stable = items.filter((i) => i.state === "PUBLISHED" && i.title !== DEMO_WITHDRAWAL_ITEM_TITLE);
    expect(stable.every((i) => quoted(i).join() === "S-0002")).toBe(true);
    expect(stable.map((i) => [i.title, i.language])).toEqual(expect.arrayContaining([[DEMO_STABLE_PUBLISHED_TITLE_EN, "en"], [DEMO_STABLE_PUBLISHED_TITLE_AR, "ar"]]));

    const editor = await user("editor@demo.test");
    const source = await db().source.findUniqueOrThrow({ where: { code: DEMO_WITHDRAWAL_SOURCE_CODE }, include: { consent: true } });
    await withdrawConsent({ ...editor, partnerOrgId: null }, { sourceId: source.id, version: source.consent!.version }, rid());
    const retired = await db().contentItem.findMany({ where: { state: "RETIRED" }, select: { title: true } });
    expect(retired.map((i) => i.title)).toEqual([DEMO_WITHDRAWAL_ITEM_TITLE]);
  });

  it("puts every item in the campaign shared with Demo Partner", async () => {
    await seedDemo();
    const campaign = await db().campaign.findFirstOrThrow({ where: { name: DEMO_CAMPAIGN_NAME }, include: { items: true, partners: { include: { partnerOrg: true } } } });
    expect(campaign.items).toHaveLength(DEMO_ITEMS.length);
    expect(campaign.partners.map((p) => p.partnerOrg.name)).toEqual(["Demo Partner"]);
  });

  it("has a source whose budget is nearly used, with an item in review that would cross it until an admin raises it", async () => {
    await seedDemo();
    const items = (await seededItems({ disclosureDemo: true })).filter((i) => DISCLOSURE_TITLES.has(i.title));
    expect(items.map((i) => [i.title, i.state])).toEqual(DEMO_DISCLOSURE_ITEMS.map((i) => [i.title, i.state]));
    const source = await db().source.findUniqueOrThrow({ where: { code: DEMO_BUDGET_SOURCE_CODE } });
    const admin = { ...(await user("admin@demo.test")), partnerOrgId: null };
    const view = (await getSourceDisclosure(admin, source.id))!;
    expect(view).toMatchObject({ limit: 10, isDefault: true, used: 8 });
    expect(view.wouldCross.map((w) => w.title)).toEqual([DEMO_BUDGET_BLOCKED_TITLE]);

    const reviewer = { ...(await user("reviewer@demo.test")), partnerOrgId: null };
    const blocked = items.find((i) => i.title === DEMO_BUDGET_BLOCKED_TITLE)!;
    const refused = await approveItem(reviewer, { itemId: blocked.id, expectedVersion: blocked.version }, rid()).catch((e: Error) => e);
    expect(refused).toMatchObject({ message: expect.stringMatching(/this item would reveal 11, over the disclosure budget of 10\. It adds place/) });
    await setDisclosureBudget(admin, { sourceId: source.id, expectedBudgetVersion: 0, budget: 11, reason: "Demo: he agreed to name the town he left through." }, rid());
    await approveItem(reviewer, { itemId: blocked.id, expectedVersion: blocked.version }, rid());
  });

  it("has approved testimony of S-0005 that no item quotes, which an item pasting it is linked to", async () => {
    await seedDemo();
    const source = await db().source.findUniqueOrThrow({ where: { code: DEMO_PASTED_SOURCE_CODE }, include: { consent: true } });
    expect(source.consent?.channels).toContain("PARTNER_DOWNLOAD");
    expect(await db().contentQuote.count({ where: { sourceId: source.id } })).toBe(0);
    const redacted = await db().redactedText.findFirstOrThrow({ where: { sourceId: source.id } });
    expect(await redactedTextOf({ id: redacted.id })).toContain(DEMO_PASTED_SENTENCE);
    const editor = { ...(await user("editor@demo.test")), partnerOrgId: null };
    const fields = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };
    const { id } = await createItem(editor, { ...fields, title: "Hungry children", body: `A mother who left told us:\n\n${DEMO_PASTED_SENTENCE}` }, rid());
    const view = (await getItem(editor, id))!;
    expect(view.pasted.map(pastedSourceNotice)).toEqual([`Text from ${DEMO_PASTED_SOURCE_CODE}'s approved testimony was found in this item (paragraph 2); its consent applies.`]);
  });
});
