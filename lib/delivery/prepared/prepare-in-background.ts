// Campaign kits and PDFs are made by a background job, off the request: the job runs the same
// delivery as before (checked, recorded, fingerprinted, leak-checked on the delivered bytes),
// seals the file into blob storage and keeps a PreparedDownload row for the recipient who
// asked. A refusal is an answer, not a failure: it is kept for the partner and never retried.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { defineBackgroundJob, type JobContext } from "@/lib/jobs/background/background-kinds";
import { runInBackground } from "@/lib/jobs/background/run-in-background";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { DownloadRefused, deliverItem, type DeliveredFile } from "../deliver-item";
import { deliverCampaignKit } from "../deliver-kit";
import type { Recipient } from "../recipient";
import { storeSealedFile } from "./sealed-prepared-file";
import { indexTokenBeforeChecks } from "./prepared-index-token";

export const KIT_JOB = "partner-kit";
export const PDF_JOB = "partner-pdf";
/** A prepared file nobody fetched is deleted after this long (sweep-prepared-downloads.ts). */
export const PREPARED_FILE_LIFETIME_MS = 60 * 60 * 1000;

type JobData = { recipient: Recipient; requestId: string };

function jobData(recipient: Recipient, requestId: string, target: Record<string, string>): Prisma.InputJsonObject {
  return { ...target, requestId, recipient: { ...recipient } };
}

/** Queues the kit for the recipient; answers the job's id. The requester's user id lets them follow it. */
export function requestCampaignKit(recipient: Recipient, campaignId: string, requestId: string): Promise<string> {
  return runInBackground(KIT_JOB, jobData(recipient, requestId, { campaignId }), recipient.userId ? { id: recipient.userId } : null);
}

export function requestItemPdf(recipient: Recipient, itemId: string, requestId: string): Promise<string> {
  return runInBackground(PDF_JOB, jobData(recipient, requestId, { itemId }), recipient.userId ? { id: recipient.userId } : null);
}

function recipientOf(data: Record<string, unknown>): JobData {
  const r = data.recipient as Recipient;
  return { recipient: { partnerOrgId: r.partnerOrgId, userId: r.userId ?? null, userEmail: r.userEmail ?? null, apiTokenId: r.apiTokenId ?? null, channel: r.channel }, requestId: String(data.requestId) };
}

type Outcome = Omit<Prisma.PreparedDownloadUncheckedCreateInput, "jobId" | "partnerOrgId" | "userId" | "apiTokenId" | "expiresAt">;

async function keep(job: JobContext, recipient: Recipient, outcome: Outcome): Promise<string> {
  const row = { ...outcome, partnerOrgId: recipient.partnerOrgId, userId: recipient.userId, apiTokenId: recipient.apiTokenId, expiresAt: new Date(Date.now() + PREPARED_FILE_LIFETIME_MS) };
  const kept = await db().preparedDownload.upsert({ where: { jobId: job.id }, create: { jobId: job.id, ...row }, update: row, select: { id: true } });
  return kept.id;
}

type Prepared = DeliveredFile & { itemCount?: number; campaignVersion?: number };

async function prepare(job: JobContext, recipient: Recipient, deliver: () => Promise<Prepared>): Promise<string> {
  let file: Prepared;
  try {
    const indexToken = await indexTokenBeforeChecks();
    file = await deliver();
    const sealed = await storeSealedFile(job.id, file.body);
    await job.reportProgress(95, "Encrypting the result");
    try {
      return await keep(job, recipient, { ...sealed, fileName: file.fileName, contentType: file.contentType, reference: file.reference, itemCount: file.itemCount ?? null, campaignVersion: file.campaignVersion ?? null, indexToken });
    } catch (error) {
      await deleteBlobsQuietly([sealed.storageKey]);
      throw error;
    }
  } catch (error) {
    if (error instanceof DownloadRefused) return keep(job, recipient, { refusal: error.message });
    if (error instanceof NotFound) return keep(job, recipient, { notFound: true });
    throw error;
  }
}

defineBackgroundJob(KIT_JOB, {
  title: "Preparing the campaign kit",
  handler: async (data, job) => {
    const { recipient, requestId } = recipientOf(data);
    await job.reportProgress(2, "Building the kit");
    const onItem = (done: number, total: number) => void job.reportProgress(5 + Math.floor((85 * done) / total), "Building the kit").catch(() => undefined);
    return prepare(job, recipient, () => deliverCampaignKit(recipient, String(data.campaignId), requestId, { onItem }));
  },
});

defineBackgroundJob(PDF_JOB, {
  title: "Rendering the PDF",
  handler: async (data, job) => {
    const { recipient, requestId } = recipientOf(data);
    await job.reportProgress(5, "Rendering the PDF");
    return prepare(job, recipient, () => deliverItem(recipient, String(data.itemId), "pdf", requestId));
  },
});
