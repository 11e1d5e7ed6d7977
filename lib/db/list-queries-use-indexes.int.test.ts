// Every list and dashboard query reads its large tables through an index: the SQL Prisma
// really sends (captured from its query events) is EXPLAINed and a Seq Scan of a large table
// fails the test (see planOf for why sequential scans are priced out on this small data).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createContentItem, createSource, createUser } from "@/tests/support/factories";
import { captureQueries, planOf, type CapturedQuery } from "@/tests/support/explain-captured-queries";
import { listItems } from "@/lib/content/list-items";
import { listSources } from "@/lib/sources/list-sources";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listPartnerAssets } from "@/lib/partner-api/list-assets";
import { campaignWith, twoOrganisations } from "@/lib/partner-api/test-fixtures";
import { listContentAwaitingMyReview, listMyContentDrafts, listSuspendedItems } from "@/lib/dashboard/content-work";
import { dashboardExtras } from "@/lib/dashboard/dashboard-extras";
import { listOverdueTakedowns } from "@/lib/dashboard/overdue-takedowns";
import { listSuspendedCampaigns } from "@/lib/dashboard/suspended-campaigns";
import { listMyActivity } from "@/lib/audit/list-my-activity";
import { failedSignInsSinceLastSignIn } from "@/lib/auth/failed-sign-ins";
import { listMyOpenRedactions, listReviewQueue } from "@/lib/redaction/list-redactions";
import { listEmergencyNotices } from "@/lib/sources/team/list-emergency-notices";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { listTakedowns } from "@/lib/content/list-takedowns";
import { CONSENT_WITHDRAWN_REASON } from "@/lib/content/retire-items-derived-from-source";
import type { Actor } from "@/lib/auth/policy";
import { forgetTableStatistics } from "@/tests/support/fresh-table-statistics";

const LARGE_TABLES = ["ContentItem", "ContentVersion", "AuditEvent", "Download", "Testimony", "Source", "Redaction", "RedactedText", "CampaignItem", "ContentQuote", "Takedown"];

let capture: ReturnType<typeof captureQueries>;
beforeAll(() => {
  capture = captureQueries();
});
afterAll(async () => {
  await capture.restore();
});
beforeEach(() => forgetTableStatistics(LARGE_TABLES));

/** Runs `work` and returns every sequential scan of a large table in the queries it issued. */
async function seqScansIn(work: () => Promise<unknown>): Promise<string[]> {
  capture.log.length = 0;
  await work();
  const queries = capture.log.filter((q) => /^\s*SELECT/i.test(q.sql) && LARGE_TABLES.some((t) => q.sql.includes(`"${t}"`)));
  expect(queries.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const query of queries) {
    for (const node of await planOf(query)) {
      if (node["Node Type"] === "Seq Scan" && LARGE_TABLES.includes(node["Relation Name"] ?? "")) found.push(`${node["Relation Name"]} in: ${query.sql}`);
    }
  }
  return found;
}

/** The indexes the captured queries of `work` read. */
async function indexesUsedBy(work: () => Promise<unknown>): Promise<string[]> {
  capture.log.length = 0;
  await work();
  const plans = await Promise.all(capture.log.filter((q: CapturedQuery) => /^\s*SELECT/i.test(q.sql)).map(planOf));
  return plans.flat().flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : []));
}

async function someContent(editor: Actor) {
  for (const state of ["DRAFT", "IN_REVIEW", "PUBLISHED", "RETIRED"] as const) {
    for (let i = 0; i < 3; i++) await createContentItem({ createdBy: editor, state, language: i === 0 ? "ar" : "en", type: i === 1 ? "QUOTE_CARD" : "ARTICLE" });
  }
  await db().contentItem.updateMany({ where: { state: "RETIRED" }, data: { suspendedAt: new Date() } });
}

describe("list queries use indexes", () => {
  it("content list: every filter, the reviewer's assigned items, and a later page", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    await someContent(editor);
    const first = await listItems(editor, {}, undefined);
    await db().reviewAssignment.create({ data: { reviewerId: reviewer.id, itemId: first.items[0]!.id, assignedById: editor.id } });
    const filters = [{}, { state: "PUBLISHED" }, { type: "QUOTE_CARD" }, { language: "ar" }, { suspended: "1" }, { state: "DRAFT", type: "ARTICLE", language: "en" }] as const;
    for (const filter of filters) expect(await seqScansIn(() => listItems(editor, filter, undefined))).toEqual([]);
    expect(await seqScansIn(() => listItems(reviewer, {}, undefined))).toEqual([]);
    const later = await listItems(editor, {}, undefined);
    expect(await seqScansIn(() => listItems(editor, { state: "PUBLISHED" }, later.next ?? undefined))).toEqual([]);
    expect(await indexesUsedBy(() => listItems(editor, { state: "PUBLISHED" }, undefined))).toContain("ContentItem_state_updatedAt_id_idx");
    expect(await indexesUsedBy(() => listItems(editor, { language: "ar" }, undefined))).toContain("ContentItem_language_updatedAt_id_idx");
    expect(await indexesUsedBy(() => listItems(editor, { type: "QUOTE_CARD" }, undefined))).toContain("ContentItem_type_updatedAt_id_idx");
    expect(await indexesUsedBy(() => listItems(reviewer, {}, undefined))).toContain("ContentItem_pkey");
  });

  it("sources list, first and later pages", async () => {
    const editor = await createUser("EDITOR");
    for (let i = 0; i < 3; i++) await createSource({ editor });
    expect(await seqScansIn(() => listSources(editor))).toEqual([]);
    const next = (await db().source.findFirstOrThrow({ orderBy: { seq: "asc" } })).seq;
    expect(await seqScansIn(() => listSources(editor, Buffer.from(JSON.stringify({ d: "a", k: [next + 1] })).toString("base64url")))).toEqual([]);
  });

  it("audit viewer with each filter", async () => {
    const admin = await createUser("ADMIN");
    const source = await createSource();
    const filters = [{}, { actor: "admin" }, { action: "source." }, { source: source.code }, { item: "abc123" }, { from: "2026-01-01", to: "2026-12-31" }];
    for (const filter of filters) expect(await seqScansIn(() => listAuditEvents(admin, filter))).toEqual([]);
    expect(await indexesUsedBy(() => listAuditEvents(admin, {}))).toContain("AuditEvent_sequence_key");
    // "email contains" is LIKE '%…%', which only a trigram index (pg_trgm) can serve
    expect(await indexesUsedBy(() => listAuditEvents(admin, { actor: "admin" }))).toContain("AuditEvent_actorEmail_trgm_idx");
  });

  it("partner asset list, by cursor and by the deprecated page", async () => {
    const world = await twoOrganisations();
    const caller = { tokenId: world.token.id, partnerOrgId: world.ours.id, requestId: "r" };
    expect(await seqScansIn(() => listPartnerAssets(caller, {}))).toEqual([]);
    expect(await seqScansIn(() => listPartnerAssets(caller, { page: 2 }))).toEqual([]);
    const cursor = Buffer.from(JSON.stringify({ d: "a", k: [new Date().toISOString(), "z"] })).toString("base64url");
    expect(await seqScansIn(() => listPartnerAssets(caller, { cursor }))).toEqual([]);
  });

  it("dashboard panels", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const admin = await createUser("ADMIN");
    await someContent(editor);
    const panels = (actor: Actor) => [
      () => listMyContentDrafts(actor),
      () => listContentAwaitingMyReview(actor),
      () => listSuspendedItems(actor),
      () => dashboardExtras(actor),
      () => listOverdueTakedowns(actor),
      () => listSuspendedCampaigns(actor),
      () => listMyActivity(actor),
      () => failedSignInsSinceLastSignIn(actor),
      () => listMyOpenRedactions(actor),
      () => listEmergencyNotices(actor),
    ];
    for (const actor of [editor, reviewer, admin]) {
      for (const panel of panels(actor)) {
        capture.log.length = 0;
        await panel();
        if (capture.log.some((q) => LARGE_TABLES.some((t) => q.sql.includes(`"${t}"`)))) expect(await seqScansIn(panel)).toEqual([]);
      }
    }
    expect(await seqScansIn(() => listReviewQueue(reviewer, 1))).toEqual([]);
  });

  it("downloads: the take-downs page and a partner's withdrawal notices", async () => {
    const world = await twoOrganisations();
    const partner = await createUser("PARTNER", { partnerOrgId: world.ours.id });
    await campaignWith("More", [world.published.id], [world.ours.id], world.editor.id);
    await db().download.create({ data: { itemId: world.published.id, itemVersion: 1, partnerOrgId: world.ours.id, format: "md", reference: "ABCD-1234", userId: partner.id } });
    expect(await seqScansIn(() => listWithdrawalNotices(partner))).toEqual([]);
    expect(await seqScansIn(() => listTakedowns(world.admin))).toEqual([]);
  });

  it("take-downs list, a later page by cursor", async () => {
    const admin = await createUser("ADMIN");
    await someContent(admin);
    await db().contentItem.updateMany({ where: { state: "RETIRED" }, data: { retiredReason: CONSENT_WITHDRAWN_REASON } });
    const cursor = Buffer.from(JSON.stringify({ d: "a", k: [new Date().toISOString(), "z"] })).toString("base64url");
    expect((await listTakedowns(admin, cursor)).cursorRejected).toBe(false);
    expect(await seqScansIn(() => listTakedowns(admin, cursor))).toEqual([]);
    expect(await indexesUsedBy(() => listTakedowns(admin, cursor))).toContain("ContentItem_updatedAt_id_idx");
  });
});
