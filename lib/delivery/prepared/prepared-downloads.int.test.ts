// Kits and PDFs made by a background job: the same checked, recorded, fingerprinted file as a
// delivery in the request, sealed in storage for the recipient who asked and nobody else,
// handed out once and deleted, swept when nobody fetched it; a refusal is kept, not retried;
// a render that keeps failing is retried, then a dead letter.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { stopJobWorkers, startJobWorkers } from "@/lib/jobs/job-queue";
import { backgroundKind } from "@/lib/jobs/background/background-kinds";
import { jobStatusFor } from "@/lib/jobs/background/job-status";
import { listJobsForAdmin } from "@/lib/jobs/background/admin-jobs";
import { blobStorage } from "@/lib/storage/storage";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { storedBlob } from "@/tests/support/stored-blobs";
import { deliverCampaignKit } from "../deliver-kit";
import { NOT_AVAILABLE } from "../verify-delivery";
import { SUSPENDED_MESSAGE } from "../load-deliverable";
import { extractMarks, stripMarks } from "../fingerprint";
import { portalRecipient, type Recipient } from "../recipient";
import { preparedDownloadFor, type PreparedOutcome } from "./fetch-prepared-download";
import { KIT_JOB, PDF_JOB, requestCampaignKit, requestItemPdf } from "./prepare-in-background";
import { sweepPreparedDownloads } from "./sweep-prepared-downloads";
import { waitForJob } from "./wait-for-prepared";
import { readAll, unzip } from "@/tests/support/delivered-bytes";

const jobs = vi.hoisted(() => ({ embedded: true, pdfFailures: 0, pdfTries: 0 }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: (...args: Parameters<typeof actual.databaseMode>) => (jobs.embedded ? "pglite" : actual.databaseMode(...args)) };
});
class RenderBroke extends Error {
  override name = "RenderBroke";
}
// A render that fails its first `pdfFailures` tries, with a message naming someone (never recorded).
vi.mock("@/lib/delivery/render-pdf", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/delivery/render-pdf")>();
  return {
    ...actual,
    renderItemPdf: (...args: Parameters<typeof actual.renderItemPdf>) => {
      jobs.pdfTries++;
      return jobs.pdfTries <= jobs.pdfFailures ? Promise.reject(new RenderBroke("Karwan Jaff's PDF")) : actual.renderItemPdf(...args);
    },
  };
});

beforeEach(() => {
  Object.assign(jobs, { embedded: true, pdfFailures: 0, pdfTries: 0 });
  // no pause between tries, so the retries run within the test
  for (const kind of [KIT_JOB, PDF_JOB]) backgroundKind(kind)!.retryDelaySeconds = 0;
});
afterEach(async () => {
  jobs.embedded = true;
  await stopJobWorkers();
});

const BODY = "They told us the salaries would be paid.\n\n> The emirs kept the best houses for themselves while the fighters went hungry.";

async function sharedPublishedItem(options: { body?: string; dictionary?: { text: string; type: string; variants: string[] }[] } = {}) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer, options.dictionary ? { dictionary: options.dictionary } : {});
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "We found hunger", body: options.body ?? BODY, createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 3, approvedVersion: 3 },
  });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const campaign = await db().campaign.create({ data: { name: "Hunger, not a caliphate", objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, org, partner, item, campaign, recipient: portalRecipient(partner)! };
}

async function finishedJob(jobId: string) {
  expect(await waitForJob(jobId, { waitMs: 60_000 })).toBe(true);
  return db().backgroundJob.findUniqueOrThrow({ where: { id: jobId } });
}

async function fileOf(outcome: PreparedOutcome) {
  if (outcome.state !== "ready") throw new Error(`expected a file, got ${outcome.state}`);
  return { ...outcome.file, bytes: await readAll(outcome.file.body) };
}

/** Lets the stream's end (which deletes the stored file) finish its writes. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 200));

describe.each([
  ["in-process (embedded demo)", true],
  ["pg-boss (PostgreSQL)", false],
])("a campaign kit made by a background job, %s", (_queue, embedded) => {
  it("is the same verified ZIP as one delivered in the request, recorded for the request that asked", async () => {
    jobs.embedded = embedded;
    if (!embedded) await startJobWorkers();
    const { campaign, org, recipient, item, partner } = await sharedPublishedItem();
    const requestId = rid();
    const jobId = await requestCampaignKit(recipient, campaign.id, requestId);
    expect(await finishedJob(jobId)).toMatchObject({ state: "SUCCEEDED", attempts: 1, progress: 100, requestedById: partner.id });
    const kit = await fileOf(await preparedDownloadFor(recipient, jobId));

    const direct = unzip(await readAll((await deliverCampaignKit(recipient, campaign.id, rid())).body));
    const files = unzip(kit.bytes);
    expect([...files.keys()].sort()).toEqual([...direct.keys()].sort());
    const downloads = await db().download.findMany({ where: { campaignId: campaign.id, reference: kit.reference } });
    expect(downloads).toEqual([expect.objectContaining({ itemId: item.id, format: "kit", partnerOrgId: org.id, userId: partner.id, channel: "PORTAL" })]);
    const markdown = files.get("01-we-found-hunger/we-found-hunger.md")!.toString("utf8");
    expect(stripMarks(markdown)).toContain(`Prepared for ${org.name} · ref ${kit.reference}`);
    expect(extractMarks(markdown)).toContain(kit.reference);
    expect(kit.fileName).toMatch(new RegExp(`-kit-${kit.reference}\\.zip$`));
    expect(kit.itemCount).toBe(1);
    const audit = await db().auditEvent.findMany({ where: { requestId, action: "delivery.downloaded" } });
    expect(audit).toHaveLength(1);
  });
});

describe("a prepared kit in storage", () => {
  it("is sealed, handed out once, then deleted", async () => {
    const { campaign, recipient } = await sharedPublishedItem();
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    await finishedJob(jobId);
    const row = await db().preparedDownload.findUniqueOrThrow({ where: { jobId } });
    const stored = await storedBlob(row.storageKey!);
    expect(stored.subarray(0, 4).toString("latin1")).toBe("CVB1");
    expect(stored.includes(Buffer.from("manifest.json"))).toBe(false);

    const kit = await fileOf(await preparedDownloadFor(recipient, jobId));
    expect(kit.bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    await settled();
    expect(await blobStorage().exists(row.storageKey!)).toBe(false);
    expect(await db().preparedDownload.findUniqueOrThrow({ where: { jobId } })).toMatchObject({ storageKey: null, wrappedKey: null, fetchedAt: expect.any(Date) });
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "gone" });
  });

  it("is deleted by the sweep once expired, unfetched", async () => {
    const { campaign, recipient } = await sharedPublishedItem();
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    await finishedJob(jobId);
    const { storageKey } = await db().preparedDownload.findUniqueOrThrow({ where: { jobId } });
    expect(await sweepPreparedDownloads()).toBe(0); // not yet expired
    expect(await blobStorage().exists(storageKey!)).toBe(true);
    expect(await sweepPreparedDownloads(new Date(Date.now() + 61 * 60 * 1000))).toBeGreaterThanOrEqual(1);
    expect(await blobStorage().exists(storageKey!)).toBe(false);
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "gone" });
  });

  it("is neither seen nor fetched by another partner, another person of the organisation, or a token", async () => {
    const { campaign, org, recipient } = await sharedPublishedItem();
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    await finishedJob(jobId);
    const otherOrgPartner = await createUser("PARTNER");
    const colleague = await createUser("PARTNER", { partnerOrgId: org.id });
    const token: Recipient = { partnerOrgId: org.id, userId: null, userEmail: null, apiTokenId: "token-1", channel: "API" };
    for (const someoneElse of [otherOrgPartner, colleague]) {
      await expect(jobStatusFor(someoneElse, jobId)).rejects.toThrow(NotFound);
      await expect(preparedDownloadFor(portalRecipient(someoneElse)!, jobId)).rejects.toThrow(NotFound);
    }
    await expect(preparedDownloadFor(token, jobId)).rejects.toThrow(NotFound);
    // what they tried took nothing: the one who asked still gets it
    expect((await preparedDownloadFor(recipient, jobId)).state).toBe("ready");
  });

  it("is never kept when an item's delivered text carries an identifier", async () => {
    const { campaign, recipient, item } = await sharedPublishedItem({ body: "The guide was Dar**wesh** Sindi, they said.", dictionary: [{ text: "Darwesh Sindi", type: "PERSON", variants: [] }] });
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    expect(await finishedJob(jobId)).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    const outcome = await preparedDownloadFor(recipient, jobId);
    expect(outcome).toEqual({ state: "refused", message: expect.any(String) });
    expect(await db().preparedDownload.findUniqueOrThrow({ where: { jobId } })).toMatchObject({ storageKey: null });
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(0);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: item.id } })).suspendedAt).not.toBeNull();
  });

  it("is refused at fetch when the campaign stopped being shared after it was prepared", async () => {
    const { campaign, recipient, org } = await sharedPublishedItem();
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    await finishedJob(jobId);
    await db().campaignPartner.deleteMany({ where: { campaignId: campaign.id, partnerOrgId: org.id } });
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "refused", message: NOT_AVAILABLE });
    expect(await db().preparedDownload.findUniqueOrThrow({ where: { jobId } })).toMatchObject({ storageKey: null });
  });

  it("keeps a refusal for the partner instead of retrying it (a deactivated organisation)", async () => {
    const { campaign, org, recipient } = await sharedPublishedItem();
    await db().partnerOrganization.update({ where: { id: org.id }, data: { active: false } });
    const jobId = await requestCampaignKit(recipient, campaign.id, rid());
    expect(await finishedJob(jobId)).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "refused", message: expect.stringMatching(/deactivated/) });
    expect(await db().download.count({ where: { campaignId: campaign.id } })).toBe(0);
  });
});

describe("a PDF rendered by a background job", () => {
  it("is fingerprinted and recorded for its request, and answered to the one who asked", async () => {
    const { item, org, recipient } = await sharedPublishedItem();
    const requestId = rid();
    const jobId = await requestItemPdf(recipient, item.id, requestId);
    await finishedJob(jobId);
    const pdf = await fileOf(await preparedDownloadFor(recipient, jobId));
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.fileName).toBe(`we-found-hunger-${pdf.reference}.pdf`);
    expect(await db().download.findUniqueOrThrow({ where: { reference: pdf.reference } })).toMatchObject({ itemId: item.id, format: "pdf", partnerOrgId: org.id, channel: "PORTAL" });
    expect(await db().auditEvent.count({ where: { requestId, action: "delivery.downloaded" } })).toBe(1);
  });

  it("is refused at fetch, and deleted, when its item was suspended after it was prepared", async () => {
    const { item, recipient } = await sharedPublishedItem();
    const jobId = await requestItemPdf(recipient, item.id, rid());
    await finishedJob(jobId);
    const { storageKey } = await db().preparedDownload.findUniqueOrThrow({ where: { jobId } });
    await db().contentItem.update({ where: { id: item.id }, data: { suspendedAt: new Date() } });
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "refused", message: SUSPENDED_MESSAGE });
    expect(await blobStorage().exists(storageKey!)).toBe(false);
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "refused", message: SUSPENDED_MESSAGE });
  });

  it("is refused, not retried, when the delivered text carries an identifier", async () => {
    const { item, recipient } = await sharedPublishedItem({ body: "The guide was Dar**wesh** Sindi, they said.", dictionary: [{ text: "Darwesh Sindi", type: "PERSON", variants: [] }] });
    const jobId = await requestItemPdf(recipient, item.id, rid());
    expect(await finishedJob(jobId)).toMatchObject({ state: "SUCCEEDED", attempts: 1 });
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "refused", message: NOT_AVAILABLE });
    expect(await db().download.count({ where: { itemId: item.id } })).toBe(0);
  });

  it("is tried again when the render fails, and succeeds", async () => {
    const { item, recipient } = await sharedPublishedItem();
    jobs.pdfFailures = 1;
    const jobId = await requestItemPdf(recipient, item.id, rid());
    expect(await finishedJob(jobId)).toMatchObject({ state: "SUCCEEDED", attempts: 2 });
    expect((await preparedDownloadFor(recipient, jobId)).state).toBe("ready");
  });

  it("is a dead letter after every try failed, its error a class without the message", async () => {
    const { item, recipient } = await sharedPublishedItem();
    const admin = await createUser("ADMIN");
    jobs.pdfFailures = 99;
    const jobId = await requestItemPdf(recipient, item.id, rid());
    const dead = await finishedJob(jobId);
    expect(dead).toMatchObject({ state: "DEAD", attempts: 3, lastError: "RenderBroke" });
    expect(jobs.pdfTries).toBe(3);
    expect(JSON.stringify(dead)).not.toContain("Karwan");
    expect((await listJobsForAdmin(admin)).dead).toEqual(expect.arrayContaining([expect.objectContaining({ id: jobId, title: "Rendering the PDF" })]));
    expect(await preparedDownloadFor(recipient, jobId)).toEqual({ state: "failed" });
  });
});
