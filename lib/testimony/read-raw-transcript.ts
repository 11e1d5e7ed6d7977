import { db, type Db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { NotFound } from "@/lib/errors";
import { mediaFileNameField, transcriptField } from "./testimony-fields";
import { m } from "@/lib/i18n/translate";

const noSuchTestimony = () => m("testimony.errors.noSuchTestimony");

/** The unredacted transcript, for the source's team, an admin in emergency access or the assigned reviewer: every call is recorded as a view. */
export async function readRawTranscript(actor: Actor, testimonyId: string, requestId: string) {
  assertCan(actor, "testimony:view-raw");
  await assertRawTestimonyAccess(actor, testimonyId, requestId, noSuchTestimony());
  return db().$transaction(async (tx) => {
    const testimony = await tx.testimony.findUnique({
      where: { id: testimonyId },
      select: {
        id: true,
        language: true,
        interviewDate: true,
        createdAt: true,
        format: true,
        transcriptEnc: true,
        source: { select: { id: true, code: true, wrappedKey: true, masterKeyId: true } },
        redaction: { select: { state: true } },
        media: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, mimeType: true, size: true, fileNameEnc: true } },
      },
    });
    if (!testimony) throw new NotFound(noSuchTestimony());
    await recordAuditEvent(tx, {
      actor,
      action: "testimony.raw-viewed",
      target: { type: "testimony", id: testimony.id },
      requestId,
      details: { sourceId: testimony.source.id },
    });
    const cipher = sourceCipher(testimony.source);
    return {
      id: testimony.id,
      text: cipher.openText(transcriptField(testimony.id), testimony.transcriptEnc),
      language: testimony.language,
      sourceId: testimony.source.id,
      sourceCode: testimony.source.code,
      interviewDate: testimony.interviewDate,
      createdAt: testimony.createdAt,
      format: testimony.format,
      redactionState: testimony.redaction?.state ?? null,
      media: testimony.media.map((m) => ({ id: m.id, mimeType: m.mimeType, size: m.size, fileName: cipher.openText(mediaFileNameField(m.id), m.fileNameEnc) })),
    };
  });
}

/** Internal, for the redaction workflow (which checks and audits itself): no actor, no audit. */
export async function readTranscriptForRedaction(client: Db | Tx, testimonyId: string): Promise<{ text: string; language: string; sourceId: string }> {
  const testimony = await client.testimony.findUnique({
    where: { id: testimonyId },
    select: { id: true, language: true, transcriptEnc: true, source: { select: { id: true, wrappedKey: true, masterKeyId: true } } },
  });
  if (!testimony) throw new NotFound(noSuchTestimony());
  const text = sourceCipher(testimony.source).openText(transcriptField(testimony.id), testimony.transcriptEnc);
  return { text, language: testimony.language, sourceId: testimony.source.id };
}
