// The tus data store behind /api/uploads, made per request for the signed-in editor: an upload
// is created only for a source on whose team they are, for audio, video or an image of an
// accepted size, and only its creator can see, continue or cancel it (anyone else: 404).
import "server-only";
import type { Readable } from "node:stream";
import { DataStore, ERRORS, Upload } from "@tus/server";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { sourceCipher, unwrapDataKey } from "@/lib/crypto/source-keys";
import { Conflict, NotAllowed, NotFound } from "@/lib/errors";
import { assertSourceAccess } from "@/lib/sources/team/assert-source-access";
import { newSealedBlobKey } from "@/lib/storage/sealed-blob-format";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { mediaBlobField } from "../media-blobs";
import { mediaFileNameField } from "../testimony-fields";
import { isAcceptedMediaType, MAX_OPEN_UPLOAD_BYTES, MAX_OPEN_UPLOADS, maxUploadBytesFor, UPLOAD_ID } from "../upload-limits";
import { deleteAbandonedUploads } from "./delete-abandoned-uploads";
import { appendToUpload } from "./append-to-upload";
import { createStagingFile, removeStagingFile } from "./staging-file";

// A PATCH cut short answers as soon as its body fails, while its bytes are still being
// recorded: the next request for that upload (HEAD or PATCH) waits for that to finish.
const recording = new Map<string, Promise<unknown>>();

const refusal = (status_code: number, body: string) => ({ status_code, body: `${body}\n` });
const KEYS = { id: true, wrappedKey: true, masterKeyId: true } as const;

export class SealedUploadStore extends DataStore {
  constructor(
    private readonly actor: Actor,
    private readonly requestId: string,
  ) {
    super();
    this.extensions = ["creation", "termination"];
  }

  /** The editor still edits this source's testimony (team membership can end mid-upload). */
  private async assertTeam(sourceId: string): Promise<void> {
    await assertSourceAccess(this.actor, "testimony:edit", sourceId, this.requestId).catch((error: unknown) => {
      throw error instanceof NotAllowed || error instanceof NotFound ? ERRORS.FILE_NOT_FOUND : error;
    });
  }

  override async create(upload: Upload): Promise<Upload> {
    const sourceId = upload.metadata?.sourceId ?? "";
    const mimeType = (upload.metadata?.filetype ?? "").toLowerCase();
    if (!UPLOAD_ID.test(upload.id) || !sourceId || upload.size === undefined) throw refusal(400, "An upload names its source, type and size.");
    if (!isAcceptedMediaType(mimeType)) throw refusal(415, "Only audio, video or images can be uploaded.");
    if (upload.size <= 0) throw refusal(400, "The file is empty.");
    if (upload.size > maxUploadBytesFor(mimeType)) throw refusal(413, "The file is larger than this type of media may be (2 GB for audio and video, 20 MB for images).");
    await this.assertTeam(sourceId);
    const source = await db().source.findUnique({ where: { id: sourceId }, select: KEYS });
    if (!source?.wrappedKey) throw ERRORS.FILE_NOT_FOUND;
    const blob = newSealedBlobKey(unwrapDataKey(source), mediaBlobField(source.id, upload.id));
    await deleteAbandonedUploads(db(), new Date(), this.actor.id);
    await createStagingFile(upload.id, blob.header);
    const size = upload.size;
    await db()
      .$transaction(async (tx) => {
        // One editor's uploads are counted one at a time, so two at once cannot both pass.
        await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${this.actor.id} FOR UPDATE`;
        const open = await tx.mediaUpload.aggregate({ where: { createdById: this.actor.id }, _count: true, _sum: { size: true } });
        if (open._count >= MAX_OPEN_UPLOADS || (open._sum.size ?? 0) + size > MAX_OPEN_UPLOAD_BYTES) {
          throw refusal(429, "You have too many unfinished uploads: save them with a testimony or cancel some first.");
        }
        await tx.mediaUpload.create({
          data: {
            id: upload.id,
            sourceId: source.id,
            createdById: this.actor.id,
            mimeType,
            size,
            // Named by position when shown; the name itself may identify the source.
            fileNameEnc: sourceCipher(source).sealText(mediaFileNameField(upload.id), upload.metadata?.filename ?? ""),
            header: new Uint8Array(blob.header),
          },
        });
      })
      .catch(async (error: unknown) => {
        await removeStagingFile(upload.id);
        throw error;
      });
    return new Upload({ id: upload.id, size: upload.size, offset: 0, metadata: {}, creation_date: new Date().toISOString() });
  }

  private async own(id: string) {
    if (!UPLOAD_ID.test(id)) throw ERRORS.FILE_NOT_FOUND;
    await recording.get(id)?.catch(() => undefined);
    const row = await db().mediaUpload.findFirst({
      where: { id, createdById: this.actor.id },
      select: { id: true, sourceId: true, size: true, offset: true, header: true, tailEnc: true, storageKey: true, completedAt: true, createdAt: true, source: { select: KEYS } },
    });
    if (!row) throw ERRORS.FILE_NOT_FOUND;
    return row;
  }

  override async getUpload(id: string): Promise<Upload> {
    const row = await this.own(id);
    return new Upload({ id, size: row.size, offset: row.offset, metadata: {}, creation_date: row.createdAt.toISOString() });
  }

  override async write(body: Readable, id: string, offset: number): Promise<number> {
    const row = await this.own(id);
    if (row.completedAt) throw ERRORS.INVALID_OFFSET;
    if (row.offset !== offset) throw ERRORS.INVALID_OFFSET;
    await this.assertTeam(row.sourceId);
    const appending = appendToUpload(row, body);
    recording.set(id, appending);
    try {
      return await appending;
    } catch (error) {
      throw error instanceof Conflict ? ERRORS.INVALID_OFFSET : error;
    } finally {
      if (recording.get(id) === appending) recording.delete(id);
    }
  }

  override async remove(id: string): Promise<void> {
    const row = await this.own(id);
    const { count } = await db().mediaUpload.deleteMany({ where: { id: row.id, createdById: this.actor.id } });
    // Claimed by a testimony since it was read: its blob is the media's now.
    if (count === 0) throw ERRORS.FILE_NOT_FOUND;
    await removeStagingFile(row.id);
    await deleteBlobsQuietly([row.storageKey]);
  }
}
