import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "@/lib/sources/team/assert-source-access";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { CreateTestimonyInput } from "./schemas";
import { extractTranscript } from "./extract-transcript";
import { transcriptFromText, type TranscriptFormat } from "./parse-transcript";
import { mediaFileNameField, transcriptField } from "./testimony-fields";
import { storeSealedMedia } from "./media-blobs";
import { m } from "@/lib/i18n/translate";

/**
 * Stores a testimony's transcript (pasted or uploaded) and media, all sealed under the
 * source's key. Media sent with the form are sealed into storage as they stream in, before
 * the one transaction, and deleted again if it fails; media sent ahead by resumable upload
 * are already sealed in storage and are claimed in the transaction. A refused testimony
 * saves nothing.
 */
export async function createTestimony(actor: Actor, raw: CreateTestimonyInput, requestId: string): Promise<{ id: string }> {
  assertCan(actor, "testimony:edit");
  const input = parseInput(CreateTestimonyInput, raw);
  await assertSourceAccess(actor, "testimony:edit", input.sourceId, requestId);
  const { text, format }: { text: string; format: TranscriptFormat } = input.transcriptFile
    ? await extractTranscript(input.transcriptFile)
    : { text: transcriptFromText("paste", input.transcript ?? ""), format: "paste" };
  if (!text) {
    const field = input.transcriptFile ? "transcriptFile" : "transcript";
    throw new InvalidInput(m("testimony.errors.empty"), { [field]: [m("testimony.errors.emptyField")] });
  }
  const keyed = await db().source.findUnique({ where: { id: input.sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  if (!keyed) throw new NotFound(m("sources.errors.noSuchSource"));

  const stored: { id: string; name: string; mimeType: string; size: number; storageKey: string }[] = [];
  try {
    for (const file of input.media) {
      const id = randomUUID();
      const plaintext = Readable.fromWeb(file.stream() as NodeReadableStream<Uint8Array>);
      const { storageKey, size } = await storeSealedMedia(keyed, id, plaintext);
      stored.push({ id, name: file.name, mimeType: file.type.toLowerCase(), size, storageKey });
    }
    return await saveTestimony(actor, input, { text, format }, stored, requestId);
  } catch (error) {
    await deleteBlobsQuietly(stored.map((m) => m.storageKey));
    throw error;
  }
}

async function saveTestimony(
  actor: Actor,
  input: CreateTestimonyInput,
  transcript: { text: string; format: TranscriptFormat },
  stored: { id: string; name: string; mimeType: string; size: number; storageKey: string }[],
  requestId: string,
): Promise<{ id: string }> {
  const id = randomUUID();
  const uploadIds = input.mediaUploads ?? [];
  return db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
    if (!source) throw new NotFound(m("sources.errors.noSuchSource"));
    const cipher = sourceCipher(source);
    // Only this editor's own, complete uploads for this source; claimed rows are deleted below,
    // so two submissions cannot both claim one.
    const uploads = await tx.mediaUpload.findMany({
      where: { id: { in: uploadIds }, sourceId: source.id, createdById: actor.id, completedAt: { not: null }, storageKey: { not: null } },
      select: { id: true, mimeType: true, size: true, fileNameEnc: true, storageKey: true },
    });
    if (uploads.length !== uploadIds.length) {
      throw new InvalidInput(m("testimony.errors.uploadUnfinished"), { media: [m("testimony.errors.uploadUnfinishedField")] });
    }
    await tx.testimony.create({
      data: {
        id,
        sourceId: source.id,
        language: input.language,
        interviewDate: input.interviewDate ?? null,
        format: transcript.format,
        transcriptEnc: cipher.sealText(transcriptField(id), transcript.text),
        createdById: actor.id,
      },
    });
    for (const m of stored) {
      await tx.testimonyMedia.create({
        data: { id: m.id, testimonyId: id, mimeType: m.mimeType, size: m.size, fileNameEnc: cipher.sealText(mediaFileNameField(m.id), m.name), storageKey: m.storageKey },
      });
    }
    for (const u of uploads) {
      await tx.testimonyMedia.create({ data: { id: u.id, testimonyId: id, mimeType: u.mimeType, size: u.size, fileNameEnc: u.fileNameEnc, storageKey: u.storageKey } });
    }
    const claimed = await tx.mediaUpload.deleteMany({ where: { id: { in: uploads.map((u) => u.id) }, storageKey: { not: null } } });
    if (claimed.count !== uploads.length) throw new InvalidInput(m("testimony.errors.savedTwice"), { media: [m("testimony.errors.savedTwiceField")] });
    await recordAuditEvent(tx, {
      actor,
      action: "testimony.created",
      target: { type: "testimony", id },
      requestId,
      details: { sourceId: source.id, language: input.language, format: transcript.format, characters: transcript.text.length, mediaCount: stored.length + uploads.length },
    });
    return { id };
  });
}
