// Erasing a source deletes its media from storage and its uploads in progress, after the
// transaction that destroys its data key (which already makes them unreadable).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { blobStorage } from "@/lib/storage/storage";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { createUpload, patchUpload, uploadIdOf } from "@/tests/support/tus-requests";
import { createTestimony } from "@/lib/testimony/create-testimony";
import { stagingPath } from "@/lib/testimony/uploads/staging-file";
import { eraseSource } from "./erase-source";

describe("erasing a source's files", () => {
  it("deletes stored media, finished and unfinished uploads, and leaves other sources' files", async () => {
    const { id: sourceId, code, editor } = await createSource();
    const other = await createSource({ editor });
    const audio = (text: string) => new File([new Uint8Array(Buffer.from(text))], "a.ogg", { type: "audio/ogg" });
    await createTestimony(editor, { sourceId, language: "en", transcript: "x", media: [audio("one"), audio("two")] }, rid());
    await createTestimony(editor, { sourceId: other.id, language: "en", transcript: "y", media: [audio("kept")] }, rid());
    const finished = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 5));
    await patchUpload(editor, finished, 0, Buffer.from("audio"));
    const unfinished = uploadIdOf(await createUpload(editor, { sourceId, filetype: "audio/ogg" }, 100));
    const keys = (await db().testimonyMedia.findMany({ where: { testimony: { sourceId } }, select: { storageKey: true } })).map((m) => m.storageKey!);
    const finishedKey = (await db().mediaUpload.findUniqueOrThrow({ where: { id: finished } })).storageKey!;
    const keptKey = (await db().testimonyMedia.findFirstOrThrow({ where: { testimony: { sourceId: other.id } } })).storageKey!;
    for (const key of [...keys, finishedKey]) expect(await blobStorage().exists(key)).toBe(true);
    expect(fs.existsSync(stagingPath(unfinished))).toBe(true);

    await eraseSource(await createUser("ADMIN"), { sourceId, confirmCode: code, reason: "The source asked to be forgotten." }, rid());

    for (const key of [...keys, finishedKey]) expect(await blobStorage().exists(key)).toBe(false);
    expect(fs.existsSync(stagingPath(unfinished))).toBe(false);
    expect(await db().mediaUpload.count()).toBe(0);
    expect(await blobStorage().exists(keptKey)).toBe(true);
  });
});
