// Red-team findings on resumable uploads: a cancel racing the save that claims the upload,
// and how much one editor may leave open on disk.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, rid } from "@/tests/support/factories";
import { collect } from "@/tests/support/stored-blobs";
import { createUpload, patchUpload, tus, uploadIdOf } from "@/tests/support/tus-requests";
import { blobStorage } from "@/lib/storage/storage";
import { createTestimony } from "../create-testimony";
import { readTestimonyMedia } from "../read-testimony-media";

describe("cancelling an upload", () => {
  it("does not delete the blob of media a testimony claimed meanwhile", async () => {
    const { id: sourceId, editor } = await createSource();
    const audio = Buffer.from("the source's voice");
    const id = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, audio.length));
    expect((await patchUpload(editor, id, 0, audio)).status).toBe(204);
    const { storageKey } = await db().mediaUpload.findUniqueOrThrow({ where: { id } });

    // The DELETE reads the upload, then the form's save claims it before the DELETE goes on.
    const delegate = db().mediaUpload;
    const findFirst = delegate.findFirst.bind(delegate);
    let testimonyId = "";
    const spy = vi.spyOn(delegate, "findFirst").mockImplementation((async (args: Parameters<typeof findFirst>[0]) => {
      const row = await findFirst(args);
      spy.mockRestore();
      testimonyId = (await createTestimony(editor, { sourceId, language: "en", transcript: "x", media: [], mediaUploads: [id] }, rid())).id;
      return row;
    }) as never);
    await tus(editor, new Request(`http://localhost/api/uploads/${id}`, { method: "DELETE", headers: { "Tus-Resumable": "1.0.0" } }));
    spy.mockRestore();

    expect(testimonyId).not.toBe("");
    expect(await blobStorage().exists(storageKey!)).toBe(true);
    const media = await readTestimonyMedia(editor, testimonyId, id, rid());
    expect((await collect(media!.body!)).equals(audio)).toBe(true);
  });
});

describe("what one editor may leave open", () => {
  it("is bounded: uploads not yet saved with a testimony count against the editor, until cancelled", async () => {
    const { id: sourceId, editor } = await createSource();
    const big = 2_000_000_000;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await createUpload(editor, { sourceId, filetype: "video/mp4" }, big);
      expect(created.status).toBe(201);
      ids.push(uploadIdOf(created));
    }
    const refused = await createUpload(editor, { sourceId, filetype: "video/mp4" }, big);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/unfinished uploads/);
    expect(await db().mediaUpload.count()).toBe(5);
    // cancelling one makes room again
    expect((await tus(editor, new Request(`http://localhost/api/uploads/${ids[0]}`, { method: "DELETE", headers: { "Tus-Resumable": "1.0.0" } }))).status).toBe(204);
    expect((await createUpload(editor, { sourceId, filetype: "video/mp4" }, big)).status).toBe(201);
  });

  it("counts many small uploads too", async () => {
    const { id: sourceId, editor } = await createSource();
    for (let i = 0; i < 20; i++) expect((await createUpload(editor, { sourceId, filetype: "image/png" }, 10)).status).toBe(201);
    expect((await createUpload(editor, { sourceId, filetype: "image/png" }, 10)).status).toBe(429);
  });
});
