import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { mediaContentField } from "./testimony-fields";
import { extensionFor } from "./upload-limits";

/** One media file of one testimony (scoped by both ids), decrypted and recorded as viewed; null when there is none. */
export async function readTestimonyMedia(actor: Actor, testimonyId: string, mediaId: string, requestId: string) {
  assertCan(actor, "testimony:view-raw");
  if (!(await db().testimonyMedia.count({ where: { id: mediaId, testimonyId } }))) return null;
  await assertRawTestimonyAccess(actor, testimonyId, requestId);
  return db().$transaction(async (tx) => {
    const media = await tx.testimonyMedia.findFirst({
      where: { id: mediaId, testimonyId },
      select: { id: true, mimeType: true, contentEnc: true, testimony: { select: { source: { select: { id: true, wrappedKey: true, masterKeyId: true } } } } },
    });
    if (!media) return null;
    await recordAuditEvent(tx, { actor, action: "testimony.media-viewed", target: { type: "testimony-media", id: media.id }, requestId, details: { testimonyId } });
    return {
      id: media.id,
      bytes: new Uint8Array(sourceCipher(media.testimony.source).open(mediaContentField(media.id), media.contentEnc)),
      mimeType: media.mimeType,
      extension: extensionFor(media.mimeType),
    };
  });
}
