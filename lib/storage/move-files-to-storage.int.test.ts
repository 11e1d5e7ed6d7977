// Rows written before storage existed: `npm run db:migrate` moves their files into storage.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { createContentItem, createSource, createTestimony, createUser, rid } from "@/tests/support/factories";
import { collect, storedBlob } from "@/tests/support/stored-blobs";
import { mediaContentField, mediaFileNameField } from "@/lib/testimony/testimony-fields";
import { readTestimonyMedia } from "@/lib/testimony/read-testimony-media";
import { readAttachment } from "@/lib/content/attachments/read-attachment";
import { moveFilesToStorage } from "./move-files-to-storage";

async function legacyMedia(count: number) {
  const { id: sourceId, editor } = await createSource();
  const { id: testimonyId } = await createTestimony(editor, sourceId, "x");
  const cipher = sourceCipher(await db().source.findUniqueOrThrow({ where: { id: sourceId } }));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `legacy-media-${String(i).padStart(3, "0")}`;
    const bytes = Buffer.from(`VOICE OF THE SOURCE ${i} `.repeat(4000));
    await db().testimonyMedia.create({ data: { id, testimonyId, mimeType: "audio/ogg", size: bytes.length, fileNameEnc: cipher.sealText(mediaFileNameField(id), "v.ogg"), contentEnc: cipher.seal(mediaContentField(id), bytes) } });
    ids.push(id);
  }
  return { editor, testimonyId, ids };
}

describe("moving files off the database", () => {
  it("moves every testimony media file (sealed) and content image in batches, empties the columns, and finds nothing the second time", async () => {
    const { editor, testimonyId, ids } = await legacyMedia(23);
    const item = await createContentItem({ createdBy: await createUser("EDITOR"), title: "With a picture" });
    const image = await db().contentAttachment.create({ data: { itemId: item.id, fileName: "a.png", mimeType: "image/png", size: 4, width: 1, height: 1, content: new Uint8Array([1, 2, 3, 4]) } });

    expect(await moveFilesToStorage(db())).toEqual({ media: 23, attachments: 1 });
    const rows = await db().testimonyMedia.findMany({ orderBy: { id: "asc" } });
    expect(rows.every((r) => r.contentEnc === null && r.storageKey)).toBe(true);
    expect((await storedBlob(rows[0]!.storageKey!)).includes("VOICE OF THE SOURCE")).toBe(false);
    const media = await readTestimonyMedia(editor, testimonyId, ids[7]!, rid());
    expect((await collect(media!.body!)).toString()).toBe("VOICE OF THE SOURCE 7 ".repeat(4000));
    const moved = await db().contentAttachment.findUniqueOrThrow({ where: { id: image.id } });
    expect(moved).toMatchObject({ content: null });
    expect((await readAttachment(editor, item.id, image.id))!.content).toEqual(Buffer.from([1, 2, 3, 4]));

    expect(await moveFilesToStorage(db())).toEqual({ media: 0, attachments: 0 });
    expect((await db().testimonyMedia.findMany({ orderBy: { id: "asc" } })).map((r) => r.storageKey)).toEqual(rows.map((r) => r.storageKey));
  });

  it("serves a row not yet moved from its old column", async () => {
    const { editor, testimonyId, ids } = await legacyMedia(1);
    const media = await readTestimonyMedia(editor, testimonyId, ids[0]!, rid());
    expect((await collect(media!.body!)).toString()).toBe("VOICE OF THE SOURCE 0 ".repeat(4000));
  });
});
