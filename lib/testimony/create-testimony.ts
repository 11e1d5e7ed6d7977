import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "@/lib/sources/team/assert-source-access";
import { CreateTestimonyInput } from "./schemas";
import { extractTranscript } from "./extract-transcript";
import { transcriptFromText, type TranscriptFormat } from "./parse-transcript";
import { mediaContentField, mediaFileNameField, transcriptField } from "./testimony-fields";

/**
 * Stores a testimony's transcript (pasted or uploaded) and media, all sealed under
 * the source's key. Everything is read and checked before the one transaction,
 * so a refused upload saves nothing.
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
    throw new InvalidInput("The transcript is empty.", { [field]: ["The transcript is empty: there is no spoken text in it."] });
  }
  const media = await Promise.all(
    input.media.map(async (file) => ({ id: randomUUID(), name: file.name, mimeType: file.type.toLowerCase(), bytes: Buffer.from(await file.arrayBuffer()) })),
  );

  const id = randomUUID();
  return db().$transaction(
    async (tx) => {
      const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
      if (!source) throw new NotFound("No such source.");
      const cipher = sourceCipher(source);
      await tx.testimony.create({
        data: {
          id,
          sourceId: source.id,
          language: input.language,
          interviewDate: input.interviewDate ?? null,
          format,
          transcriptEnc: cipher.sealText(transcriptField(id), text),
          createdById: actor.id,
        },
      });
      for (const m of media) {
        await tx.testimonyMedia.create({
          data: {
            id: m.id,
            testimonyId: id,
            mimeType: m.mimeType,
            size: m.bytes.length,
            fileNameEnc: cipher.sealText(mediaFileNameField(m.id), m.name),
            contentEnc: cipher.seal(mediaContentField(m.id), m.bytes),
          },
        });
      }
      await recordAuditEvent(tx, {
        actor,
        action: "testimony.created",
        target: { type: "testimony", id },
        requestId,
        details: { sourceId: source.id, language: input.language, format, characters: text.length, mediaCount: media.length },
      });
      return { id };
    },
    // Up to five 20 MB media files are encrypted and written in this transaction.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
