// What a recipient gets back for a prepared download: still in the works, refused (with the
// reason written for the partner), failed, gone (fetched or expired), or the file itself.
// The file is handed out once: claimed by the first fetch, deleted from storage when that
// fetch ends. Only the recipient who asked finds it: the organisation and the person (portal)
// or the token (API) are part of the query, and anyone else is told it does not exist.
import "server-only";
import { db } from "@/lib/db/client";
import type { PreparedDownload } from "@/lib/db/generated/client";
import { NotFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { attachmentDisposition } from "../formats";
import type { DeliveredFile } from "../deliver-item";
import type { Recipient } from "../recipient";
import { KIT_JOB, PDF_JOB } from "./prepare-in-background";
import { openSealedFile } from "./sealed-prepared-file";
import { refusalAtFetch } from "./still-deliverable";
import { learnedSincePrepared, PREPARED_BEFORE_CHANGE } from "./prepared-index-token";

export type PreparedOutcome =
  | { state: "pending"; jobId: string; progress: number }
  | { state: "failed" }
  | { state: "refused"; message: string }
  | { state: "not-found" }
  | { state: "gone" }
  | { state: "ready"; file: DeliveredFile & { itemCount: number | null } };

/** The recipient's own prepared-download job, or NotFound. */
async function ownJob(recipient: Recipient, jobId: string) {
  const job = await db().backgroundJob.findFirst({ where: { id: jobId, kind: { in: [KIT_JOB, PDF_JOB] } }, select: { id: true, state: true, progress: true, data: true } });
  const asked = (job?.data as { recipient?: Partial<Recipient> } | undefined)?.recipient;
  const same = asked?.partnerOrgId === recipient.partnerOrgId && (asked.userId ?? null) === recipient.userId && (asked.apiTokenId ?? null) === recipient.apiTokenId;
  if (!job || !same) throw new NotFound("No such download.");
  return job;
}

type Peeked = Exclude<PreparedOutcome, { state: "ready" }> | { state: "ready"; prepared: PreparedDownload };

/** Where the recipient's prepared download stands, without taking it. */
export async function peekPreparedDownload(recipient: Recipient, jobId: string): Promise<Peeked> {
  const job = await ownJob(recipient, jobId);
  if (job.state === "DEAD") return { state: "failed" };
  if (job.state !== "SUCCEEDED") return { state: "pending", jobId: job.id, progress: job.progress };
  const prepared = await db().preparedDownload.findFirst({ where: scopeOf(recipient, job.id) });
  if (!prepared) return { state: "gone" };
  if (prepared.refusal) return { state: "refused", message: prepared.refusal };
  if (prepared.notFound) return { state: "not-found" };
  if (!prepared.storageKey || prepared.fetchedAt || prepared.expiresAt <= new Date()) return { state: "gone" };
  // its bytes were checked against the index as it was then; neither it nor its name may leave now
  if (await learnedSincePrepared(prepared.indexToken)) return refuse(prepared.id, prepared.storageKey, PREPARED_BEFORE_CHANGE);
  // judged again here, not only when taken: the page offers the file by its name (a title)
  const refusal = await refusalAtFetch(recipient.partnerOrgId, prepared.reference ?? "", prepared.campaignVersion);
  if (refusal) return refuse(prepared.id, prepared.storageKey, refusal);
  return { state: "ready", prepared };
}

/** Keeps the refusal as the answer from now on, and deletes the file: it will not leave. */
async function refuse(preparedId: string, storageKey: string, refusal: string): Promise<{ state: "refused"; message: string }> {
  await db().preparedDownload.update({ where: { id: preparedId }, data: { refusal } });
  await forgetFile(preparedId, storageKey);
  return { state: "refused", message: refusal };
}

const scopeOf = (recipient: Recipient, jobId: string) => ({ jobId, partnerOrgId: recipient.partnerOrgId, userId: recipient.userId, apiTokenId: recipient.apiTokenId });

export async function preparedDownloadFor(recipient: Recipient, jobId: string): Promise<PreparedOutcome> {
  const peeked = await peekPreparedDownload(recipient, jobId);
  if (peeked.state !== "ready") return peeked;
  const { prepared } = peeked;
  const job = { id: jobId };
  const scope = scopeOf(recipient, jobId);
  // the first fetch takes it; a second, or one after expiry, finds it gone
  const claimed = await db().preparedDownload.updateMany({ where: { ...scope, fetchedAt: null, expiresAt: { gt: new Date() }, storageKey: { not: null } }, data: { fetchedAt: new Date() } });
  if (claimed.count !== 1 || !prepared.storageKey || !prepared.wrappedKey || !prepared.fileName) return { state: "gone" };
  const sealed = { storageKey: prepared.storageKey, wrappedKey: prepared.wrappedKey, masterKeyId: prepared.masterKeyId };
  const plaintext = await openSealedFile(job.id, sealed);
  const body = streamThenDelete(plaintext, () => forgetFile(prepared.id, prepared.storageKey!));
  return {
    state: "ready",
    file: { fileName: prepared.fileName, contentType: prepared.contentType ?? "application/octet-stream", disposition: attachmentDisposition(prepared.fileName), body, reference: prepared.reference ?? "", itemCount: prepared.itemCount },
  };
}

/** Deletes the stored file and the key that opens it; the row stays as a record that it was fetched. */
export async function forgetFile(preparedId: string, storageKey: string): Promise<void> {
  await db().preparedDownload.update({ where: { id: preparedId }, data: { storageKey: null, wrappedKey: null } });
  await deleteBlobsQuietly([storageKey]);
}

/** A web stream of `source` that calls `done` once, when it ends, fails or is cancelled. */
function streamThenDelete(source: AsyncGenerator<Buffer>, done: () => Promise<void>): ReadableStream<Uint8Array> {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    void done().catch((error: unknown) => log("error", "delivery.prepared-delete-failed", { message: error instanceof Error ? error.name : "unknown" }));
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await source.next();
        if (next.done) {
          finish();
          controller.close();
        } else controller.enqueue(new Uint8Array(next.value));
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    async cancel() {
      finish();
      await source.return(undefined);
    },
  });
}
