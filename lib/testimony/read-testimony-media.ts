import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { mediaContentField } from "./testimony-fields";
import { extensionFor } from "./upload-limits";
import { openSealedMedia, openSealedMediaRange } from "./media-blobs";

/** Inclusive plaintext byte range, already checked against the media's size. */
export type MediaRange = { start: number; end: number };
/** What to send of a media file of a given size: all of it (null), a range, or nothing (a range past its end). */
export type MediaRangeChoice = (size: number) => MediaRange | null | "unsatisfiable";

/**
 * One media file of one testimony (scoped by both ids), opened as a stream and recorded as
 * viewed (once per download: a range that continues one is not recorded again); null when
 * there is none. `range` receives the media's size and answers which bytes to send.
 */
export async function readTestimonyMedia(actor: Actor, testimonyId: string, mediaId: string, requestId: string, range?: MediaRangeChoice) {
  assertCan(actor, "testimony:view-raw");
  if (!(await db().testimonyMedia.count({ where: { id: mediaId, testimonyId } }))) return null;
  await assertRawTestimonyAccess(actor, testimonyId, requestId);
  const media = await db().testimonyMedia.findFirst({
    where: { id: mediaId, testimonyId },
    select: { id: true, mimeType: true, size: true, storageKey: true, contentEnc: true, testimony: { select: { source: { select: { id: true, wrappedKey: true, masterKeyId: true } } } } },
  });
  if (!media) return null;
  const source = media.testimony.source;
  const choice = media.storageKey ? (range?.(media.size) ?? null) : null;
  const details = { id: media.id, mimeType: media.mimeType, size: media.size, extension: extensionFor(media.mimeType) };
  if (choice === "unsatisfiable") return { ...details, range: "unsatisfiable" as const, body: null };
  const wanted = choice;
  if (!wanted || wanted.start === 0) {
    await recordAuditEvent(db(), { actor, action: "testimony.media-viewed", target: { type: "testimony-media", id: media.id }, requestId, details: { testimonyId } });
  }
  const body = media.storageKey
    ? wanted
      ? await openSealedMediaRange(source, { id: media.id, storageKey: media.storageKey, size: media.size }, wanted.start, wanted.end)
      : await openSealedMedia(source, media.id, media.storageKey)
    : // a row not yet moved to storage by `npm run db:migrate` (it runs at start-up)
      (async function* () {
        yield sourceCipher(source).open(mediaContentField(media.id), media.contentEnc!);
      })();
  return { ...details, range: wanted, body };
}
