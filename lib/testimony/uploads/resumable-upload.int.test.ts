// Resumable (tus) uploads of testimony media through the route's tus server: sealed as they
// arrive, resumed after a dropped connection, claimed by the testimony, refused to strangers.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { collect } from "@/tests/support/stored-blobs";
import { createUpload, patchUpload, uploadIdOf, uploadOffset } from "@/tests/support/tus-requests";
import { createTestimony } from "../create-testimony";
import { readTestimonyMedia } from "../read-testimony-media";
import { stagingPath } from "./staging-file";
import { ABANDONED_AFTER_MS, deleteAbandonedUploads } from "./delete-abandoned-uploads";
import { blobStorage } from "@/lib/storage/storage";

describe("resumable media uploads", () => {
  it("continues after the connection drops, never stages plaintext, and becomes the testimony's media", async () => {
    const { id: sourceId, editor } = await createSource();
    const video = Buffer.concat([Buffer.from("PLAINTEXT-MARKER ".repeat(20_000)), randomBytes(123_457)]);
    const created = await createUpload(editor, { sourceId, filetype: "video/mp4" }, video.length);
    expect(created.status).toBe(201);
    const id = uploadIdOf(created);

    await patchUpload(editor, id, 0, video, 200_003).catch(() => undefined);
    const head = await uploadOffset(editor, id);
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get("upload-offset"));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(200_003);
    expect(fs.readFileSync(stagingPath(id)).includes("PLAINTEXT-MARKER")).toBe(false);
    const row = await db().mediaUpload.findUniqueOrThrow({ where: { id } });
    expect(Buffer.from(row.tailEnc ?? []).includes("PLAINTEXT")).toBe(false);

    // resuming from a stale offset is refused; from the reported one, it completes
    expect((await patchUpload(editor, id, 0, video)).status).toBe(409);
    const done = await patchUpload(editor, id, offset, video.subarray(offset));
    expect(done.status).toBe(204);
    expect(done.headers.get("upload-offset")).toBe(String(video.length));
    expect(fs.existsSync(stagingPath(id))).toBe(false);

    const { id: testimonyId } = await createTestimony(editor, { sourceId, language: "en", transcript: "x", media: [], mediaUploads: [id] }, rid());
    expect(await db().mediaUpload.count()).toBe(0);
    const media = await readTestimonyMedia(editor, testimonyId, id, rid());
    expect(media).toMatchObject({ mimeType: "video/mp4", size: video.length });
    expect((await collect(media!.body!)).equals(video)).toBe(true);
  });

  it("shows an upload only to its creator, and creates one only on the source's team", async () => {
    const { id: sourceId, editor } = await createSource();
    const colleague = await createUser("EDITOR");
    const id = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 10));
    expect((await uploadOffset(colleague, id)).status).toBe(404);
    expect((await patchUpload(colleague, id, 0, Buffer.alloc(10))).status).toBe(404);
    expect((await createUpload(colleague, { sourceId, filetype: "audio/ogg" }, 10)).status).toBe(404);
    // nor can a colleague attach it to a testimony
    await expect(createTestimony(colleague, { sourceId, language: "en", transcript: "x", media: [], mediaUploads: [id] }, rid())).rejects.toThrow();
    expect(await db().mediaUpload.count()).toBe(1);
  });

  it("refuses a wrong type, an empty or oversized file, and a testimony claiming an unfinished upload", async () => {
    const { id: sourceId, editor } = await createSource();
    expect((await createUpload(editor, { sourceId, filetype: "image/svg+xml" }, 10)).status).toBe(415);
    expect((await createUpload(editor, { sourceId, filetype: "application/pdf" }, 10)).status).toBe(415);
    expect((await createUpload(editor, { sourceId, filetype: "image/png" }, 21 * 1024 * 1024)).status).toBe(413);
    expect((await createUpload(editor, { sourceId, filetype: "video/mp4" }, 2_000_000_001)).status).toBe(413);
    expect((await createUpload(editor, { sourceId, filetype: "video/mp4" }, 0)).status).toBe(400);
    expect(await db().mediaUpload.count()).toBe(0);
    const id = uploadIdOf(await createUpload(editor, { sourceId, filetype: "video/mp4" }, 1_999_999_999));
    await expect(createTestimony(editor, { sourceId, language: "en", transcript: "x", media: [], mediaUploads: [id] }, rid())).rejects.toThrow(/not finished uploading/);
    expect(await db().testimony.count()).toBe(0);
  });
});

describe("abandoned uploads", () => {
  it("are deleted with their staged chunks and stored blob after a day, and fresh ones are kept", async () => {
    const { id: sourceId, editor } = await createSource();
    const finished = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 5));
    await patchUpload(editor, finished, 0, Buffer.from("audio"));
    const unfinished = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 100));
    const { storageKey } = await db().mediaUpload.findUniqueOrThrow({ where: { id: finished } });
    expect(await deleteAbandonedUploads(db())).toBe(0);
    expect(await deleteAbandonedUploads(db(), new Date(Date.now() + ABANDONED_AFTER_MS + 60_000))).toBe(2);
    expect(await db().mediaUpload.count()).toBe(0);
    expect(fs.existsSync(stagingPath(unfinished))).toBe(false);
    expect(await blobStorage().exists(storageKey!)).toBe(false);
  });

  it("go by their last write, not their start: a slow upload still being written is kept", async () => {
    const { id: sourceId, editor } = await createSource();
    const slow = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 10));
    const stalled = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 10));
    const twoDaysAgo = new Date(Date.now() - 2 * ABANDONED_AFTER_MS);
    await db().mediaUpload.updateMany({ data: { createdAt: twoDaysAgo, updatedAt: twoDaysAgo } });
    expect((await patchUpload(editor, slow, 0, Buffer.from("audio"))).status).toBe(204);
    expect(await deleteAbandonedUploads(db())).toBe(1);
    expect((await db().mediaUpload.findMany({ select: { id: true } })).map((u) => u.id)).toEqual([slow]);
    expect(fs.existsSync(stagingPath(stalled))).toBe(false);
    expect(await deleteAbandonedUploads(db(), new Date(Date.now() + ABANDONED_AFTER_MS + 60_000))).toBe(1);
  });
});
