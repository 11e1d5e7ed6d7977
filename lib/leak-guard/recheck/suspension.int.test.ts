// Something learned after publication reaches what was already published: a new
// dictionary entry suspends the items that now carry it — through the real pg-boss queue —
// deliveries of them are refused, partners who took them are told to take them down, and
// staff can reopen or (once the match is gone) lift.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { removeDictionaryEntry } from "@/lib/sources/remove-dictionary-entry";
import { updateSource } from "@/lib/sources/update-source";
import { deliverItem, DownloadRefused } from "@/lib/delivery/deliver-item";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { portalRecipient } from "@/lib/delivery/recipient";
import { NOT_AVAILABLE } from "@/lib/delivery/verify-delivery";
import { liftSuspension, reopenSuspendedItem } from "@/lib/content/resolve-suspension";
import { ReleaseBlocked } from "@/lib/content/leak-guard";
import { startJobWorkers, stopJobWorkers } from "@/lib/jobs/job-queue";
import { runRecheck } from "./recheck-published";

const BODY = "He grew up in Kani Masi, near the border. They promised salaries and delivered hunger.";

async function publishedShared(body = BODY, title = "What the front was like") {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer, { dictionary: [] });
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title, body, createdById: editor.id, channels: ["WEB", "PARTNER_DOWNLOAD"], publishedAt: new Date(), version: 3, approvedVersion: 3 },
  });
  const campaign = await db().campaign.create({ data: { name: "Hunger", objective: "Show the hunger", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, reviewer, partner, org, item, sourceId: passage.sourceId, recipient: portalRecipient(partner)! };
}

async function untilDone(runId: string) {
  // pg-boss creates its schema on first start, which takes a while on a busy machine
  for (let i = 0; i < 900; i++) {
    const run = await db().recheckRun.findUniqueOrThrow({ where: { id: runId } });
    if (run.state === "DONE" || run.state === "FAILED") return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the re-check did not finish");
}

afterEach(() => stopJobWorkers());

describe("re-check after publication", () => {
  it("suspends a published item that carries a newly added place, through the job queue, and reports progress", async () => {
    const { editor, item, sourceId } = await publishedShared();
    const clean = await publishedShared("Nothing here names anyone.", "Bread before belief");
    await addDictionaryEntry(editor, { sourceId, text: "Kani Masi", type: "LOCATION", variants: [] }, rid());
    const queued = await db().recheckRun.findFirstOrThrow({ where: { sourceId }, orderBy: { createdAt: "desc" } });
    expect(queued).toMatchObject({ trigger: "DICTIONARY_ENTRY_ADDED", state: "QUEUED" });
    await startJobWorkers();
    const run = await untilDone(queued.id);
    expect(run).toMatchObject({ state: "DONE", suspended: 1 });
    expect(run.scanned).toBe(run.total);
    // its background job: the editor who added the entry follows it; items checked of all
    expect(await db().backgroundJob.findUniqueOrThrow({ where: { id: run.jobId! } })).toMatchObject({
      kind: "leak-guard-recheck", state: "SUCCEEDED", progress: 100, attempts: 1, requestedById: editor.id, lastError: null,
    });
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).not.toBeNull();
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: clean.item.id } })).suspendedAt).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "content.suspended", targetId: item.id } });
    expect(JSON.stringify(audit.details)).not.toMatch(/Kani|Masi/);
  }, 120_000);

  it("re-checks when the real name changes, and when nothing matches suspends nothing", async () => {
    const { editor, item, sourceId } = await publishedShared("Only Karwan Jaff knew the way through the olive groves.");
    const source = await db().source.findUniqueOrThrow({ where: { id: sourceId } });
    await updateSource(editor, { sourceId, version: source.version, realName: "Karwan Jaff" }, rid());
    const run = await db().recheckRun.findFirstOrThrow({ where: { sourceId, trigger: "REAL_NAME_CHANGED" } });
    await runRecheck(run.id);
    expect(await db().recheckRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ state: "DONE", suspended: 1 });
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).not.toBeNull();
    await runRecheck(run.id); // a run is taken once
    expect((await db().recheckRun.findUniqueOrThrow({ where: { id: run.id } })).suspended).toBe(1);
  });
});

describe("a suspended item", () => {
  async function suspended() {
    const shared = await publishedShared();
    // the partner took a copy before anything was known
    await deliverItem(shared.recipient, shared.item.id, "md", rid());
    const [entry] = await addDictionaryEntry(shared.editor, { sourceId: shared.sourceId, text: "Kani Masi", type: "LOCATION", variants: [] }, rid());
    return { ...shared, entryId: entry!.id };
  }

  it("is refused at every delivery with a neutral message, before anything is recorded, and suspended", async () => {
    const { item, recipient, partner } = await suspended();
    const before = await db().download.count({ where: { itemId: item.id } });
    const error = await deliverItem(recipient, item.id, "pdf", rid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadRefused);
    expect((error as Error).message).toBe(NOT_AVAILABLE);
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(before);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).not.toBeNull();
    const blocked = await db().auditEvent.findFirstOrThrow({ where: { action: "delivery.blocked-identifier", targetId: item.id } });
    expect(blocked.details).toMatchObject({ format: "pdf", types: ["LOCATION"] });
    const preview = await getPortalItem(partner, item.id, rid());
    expect(preview?.html).toBeNull();
    expect(preview?.refusal).toMatch(/not available/);
  });

  it("leaves the partner's listing and shows a take-down notice that does not repeat its title", async () => {
    const { item, recipient, partner } = await suspended();
    await deliverItem(recipient, item.id, "txt", rid()).catch(() => null);
    const notices = await listWithdrawalNotices(partner);
    const notice = notices.find((n) => n.id === item.id);
    expect(notice).toMatchObject({ titleWithheld: true, underReview: true });
    expect(notice!.title).toMatch(/^An item you downloaded \(ref /);
    expect(notice?.downloads.length).toBeGreaterThan(0);
  });

  it("is reopened by an editor as a new draft, no longer published", async () => {
    const { item, recipient, editor } = await suspended();
    await deliverItem(recipient, item.id, "md", rid()).catch(() => null);
    const { version } = await reopenSuspendedItem(editor, { itemId: item.id, expectedVersion: 3 }, rid());
    const row = await db().contentItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ state: "DRAFT", version, suspendedAt: null, approvedVersion: null, publishedAt: null });
  });

  it("can be lifted by a reviewer only once the guard no longer finds anything", async () => {
    const { item, recipient, editor, reviewer, sourceId, entryId } = await suspended();
    // Lifting is a reviewer's decision on the item: the reviewer assigned to it.
    await db().reviewAssignment.create({ data: { itemId: item.id, reviewerId: reviewer.id, assignedById: editor.id } });
    await deliverItem(recipient, item.id, "md", rid()).catch(() => null);
    await expect(liftSuspension(reviewer, { itemId: item.id, expectedVersion: 3 }, rid())).rejects.toBeInstanceOf(ReleaseBlocked);
    await removeDictionaryEntry(editor, { sourceId, entryId }, rid());
    await liftSuspension(reviewer, { itemId: item.id, expectedVersion: 3 }, rid());
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).toBeNull();
    const file = await deliverItem(recipient, item.id, "md", rid());
    expect(file.reference).toMatch(/-/);
  });
});
