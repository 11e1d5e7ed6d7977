import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createTestimony, createUser, rid } from "@/tests/support/factories";
import { docxWithParagraphs } from "@/tests/support/docx";
import { createTestimony as createTestimonyCommand } from "./create-testimony";
import { readRawTranscript, readTranscriptForRedaction } from "./read-raw-transcript";
import { readTestimonyMedia } from "./read-testimony-media";
import type { CreateTestimonyInput } from "./schemas";
import { collect, storedBlob } from "@/tests/support/stored-blobs";

const TRANSCRIPT = "My name is Karim Haddad. They called me Abu Yusuf al-Shami in Manbij. Call +90 532 000 00 17.";
const file = (name: string, content: string | Buffer, type = "") => new File([new Uint8Array(Buffer.from(content))], name, { type });
const input = (sourceId: string, overrides: Partial<CreateTestimonyInput> = {}): CreateTestimonyInput => ({ sourceId, language: "en", media: [], ...overrides });

async function rawTestimonyBytes(): Promise<string> {
  const rows = await db().$queryRaw<{ row: string }[]>`SELECT row_to_json(t)::text AS row FROM "Testimony" t`;
  const media = await db().$queryRaw<{ row: string }[]>`SELECT row_to_json(m)::text AS row FROM "TestimonyMedia" m`;
  const bytes = await db().$queryRaw<{ b: Buffer }[]>`SELECT "transcriptEnc" AS b FROM "Testimony" UNION ALL SELECT "fileNameEnc" FROM "TestimonyMedia"`;
  const blobs = await Promise.all((await db().testimonyMedia.findMany({ select: { storageKey: true } })).map((m) => storedBlob(m.storageKey!)));
  return [...rows.map((r) => r.row), ...media.map((r) => r.row), ...[...bytes.map((r) => r.b), ...blobs].map((b) => Buffer.from(b).toString("latin1"))].join("\n");
}

describe("adding testimony", () => {
  it("stores the transcript, media and file names only encrypted", async () => {
    const { id: sourceId, editor } = await createSource();
    const { id } = await createTestimonyCommand(
      editor,
      input(sourceId, { transcript: TRANSCRIPT, media: [file("karim-haddad-voice.mp3", "AUDIO Karim Haddad bytes", "audio/mpeg")] }),
      rid(),
    );
    const raw = await rawTestimonyBytes();
    for (const secret of ["Karim", "Haddad", "Abu Yusuf", "Manbij", "532 000", "AUDIO"]) expect(raw).not.toContain(secret);
    expect((await db().testimony.findUniqueOrThrow({ where: { id } })).format).toBe("paste");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "testimony.created" } });
    expect(event.details).toMatchObject({ sourceId, language: "en", format: "paste", mediaCount: 1 });
    expect(JSON.stringify(event)).not.toMatch(/Karim|karim/);
  });

  it.each([
    ["a SubRip file", file("interview.srt", "1\n00:00:01,000 --> 00:00:02,000\nI was seventeen.\n\n2\n00:00:02,500 --> 00:00:04,000\n<i>We starved.</i>\n"), "srt", "I was seventeen.\nWe starved."],
    ["a WebVTT file", file("interview.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Karim>I left at night.</v>\n"), "vtt", "I left at night."],
    ["a Markdown file", file("interview.md", "# Interview\r\n\r\nI left.\r\n"), "md", "# Interview\n\nI left."],
    ["a Word document", file("interview.docx", docxWithParagraphs(["I joined in 2014.", "I left in 2016."])), "docx", "I joined in 2014.\n\nI left in 2016."],
  ])("reads %s", async (_name, upload, format, text) => {
    const { id: sourceId, editor } = await createSource();
    const { id } = await createTestimonyCommand(editor, input(sourceId, { transcriptFile: upload }), rid());
    expect((await db().testimony.findUniqueOrThrow({ where: { id } })).format).toBe(format);
    expect((await readTranscriptForRedaction(db(), id)).text).toBe(text);
  });

  it.each([
    ["an empty paste", { transcript: "   \n  " }, /Paste the transcript/],
    ["no transcript at all", {}, /Paste the transcript/],
    ["both a paste and a file", { transcript: "x", transcriptFile: file("a.txt", "y") }, /not both/],
    ["an unknown file type", { transcriptFile: file("a.pdf", "%PDF-1.4") }, /\.txt, \.md/],
    ["a transcript file over 5 MB", { transcriptFile: file("a.txt", "a".repeat(5 * 1024 * 1024 + 1)) }, /larger than 5 MB/],
    ["a subtitle file without spoken lines", { transcriptFile: file("a.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n") }, /empty/],
    ["a file that is not UTF-8", { transcriptFile: file("a.txt", Buffer.from([0xff, 0xfe, 0xfd])) }, /not UTF-8/],
    ["a broken Word document", { transcriptFile: file("a.docx", "not a zip") }, /could not be read/],
    ["a media file over 20 MB", { transcript: "x", media: [file("big.mp4", Buffer.alloc(20 * 1024 * 1024 + 1), "video/mp4")] }, /larger than 20 MB/],
    ["a media file that is not media", { transcript: "x", media: [file("evil.html", "<script>", "text/html")] }, /not audio, video or an image/],
    ["six media files", { transcript: "x", media: Array.from({ length: 6 }, (_, i) => file(`${i}.png`, "png", "image/png")) }, /at most 5/],
  ] as const)("refuses %s and saves nothing", async (_name, overrides, message) => {
    const { id: sourceId, editor } = await createSource();
    const error = await createTestimonyCommand(editor, input(sourceId, overrides as Partial<CreateTestimonyInput>), rid()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const { message: text, fieldErrors } = error as Error & { fieldErrors?: Record<string, string[]> };
    expect(`${text} ${JSON.stringify(fieldErrors)}`).toMatch(message);
    expect(await db().testimony.count()).toBe(0);
    expect(await db().testimonyMedia.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "testimony.created" } })).toBe(0);
  });

  it("refuses testimony for an unknown source, and anyone but an editor", async () => {
    const editor = await createUser("EDITOR");
    await expect(createTestimonyCommand(editor, input("no-such-source", { transcript: "x" }), rid())).rejects.toThrow(/No such source/);
    const { id: sourceId } = await createSource();
    for (const role of ["REVIEWER", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(role);
      await expect(createTestimonyCommand(user, input(sourceId, { transcript: "x" }), rid())).rejects.toThrow(/not allowed/);
    }
    expect(await db().testimony.count()).toBe(0);
  });
});

describe("reading raw testimony", () => {
  it("decrypts for the source's team and the reviewer assigned to its redaction, and records every view", async () => {
    const { id: sourceId, code, editor } = await createSource();
    const { id } = await createTestimony(editor, sourceId, TRANSCRIPT, "ar");
    const reviewer = await createUser("REVIEWER");
    expect(await readRawTranscript(editor, id, rid())).toMatchObject({ text: TRANSCRIPT, language: "ar", sourceId, sourceCode: code });
    await expect(readRawTranscript(reviewer, id, rid())).rejects.toThrow(`Only the team of ${code} can open its raw testimony. Ask ${editor.name}, its handling editor, to add you to the team.`);
    expect(await db().auditEvent.count({ where: { action: "source.access-refused", actorId: reviewer.id } })).toBe(1);
    const redaction = await db().redaction.create({ data: { testimonyId: id, workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
    await db().reviewAssignment.create({ data: { reviewerId: reviewer.id, assignedById: editor.id, redactionId: redaction.id } });
    await readRawTranscript(reviewer, id, rid());
    const views = await db().auditEvent.findMany({ where: { action: "testimony.raw-viewed" }, orderBy: { at: "asc" } });
    expect(views.map((v) => [v.actorId, v.targetId])).toEqual([
      [editor.id, id],
      [reviewer.id, id],
    ]);
    expect(JSON.stringify(views)).not.toContain("Karim");
  });

  it("refuses partners and admins without recording a view", async () => {
    const { id: sourceId, editor } = await createSource();
    const { id } = await createTestimony(editor, sourceId, TRANSCRIPT);
    const partner = await createUser("PARTNER");
    await expect(readRawTranscript(partner, id, rid())).rejects.toThrow(/not allowed/);
    await expect(readTestimonyMedia(partner, id, "any", rid())).rejects.toThrow(/not allowed/);
    // An admin reads raw testimony only during emergency access (lib/sources/team/need-to-know.int.test.ts).
    await expect(readRawTranscript(await createUser("ADMIN"), id, rid())).rejects.toThrow(/Only the team of/);
    expect(await db().auditEvent.count({ where: { action: { in: ["testimony.raw-viewed", "testimony.media-viewed"] } } })).toBe(0);
  });

  it("streams a large media file sealed into storage and serves any byte range of it", async () => {
    const { id: sourceId, editor } = await createSource();
    const video = Buffer.alloc(300_000);
    for (let i = 0; i < video.length; i++) video[i] = (i * 7 + (i >> 9)) & 0xff;
    const { id } = await createTestimonyCommand(editor, input(sourceId, { transcript: "x", media: [new File([new Uint8Array(video)], "v.mp4", { type: "video/mp4" })] }), rid());
    const row = await db().testimonyMedia.findFirstOrThrow({ select: { id: true, size: true, storageKey: true, contentEnc: true } });
    expect(row).toMatchObject({ size: video.length, contentEnc: null });
    expect((await storedBlob(row.storageKey!)).includes(video.subarray(1000, 1064))).toBe(false);
    expect(await collect((await readTestimonyMedia(editor, id, row.id, rid()))!.body!)).toEqual(video);
    for (const [start, end] of [[0, 0], [65_535, 65_536], [70_000, 299_999], [131_072, 196_607], [299_999, 299_999]] as const) {
      const part = await readTestimonyMedia(editor, id, row.id, rid(), () => ({ start, end }));
      expect(part!.range).toEqual({ start, end });
      expect(await collect(part!.body!)).toEqual(video.subarray(start, end + 1));
    }
    // the whole file and the range from byte 0 are views; ranges continuing a download are not
    expect(await db().auditEvent.count({ where: { action: "testimony.media-viewed" } })).toBe(2);
  });

  it("gives the redaction workflow the text without an audit event", async () => {
    const { id: sourceId, editor } = await createSource();
    const { id } = await createTestimony(editor, sourceId, TRANSCRIPT);
    expect(await readTranscriptForRedaction(db(), id)).toEqual({ text: TRANSCRIPT, language: "en", sourceId });
    expect(await db().auditEvent.count({ where: { action: "testimony.raw-viewed" } })).toBe(0);
    await expect(readTranscriptForRedaction(db(), "no-such-testimony")).rejects.toThrow(/No such testimony/);
  });

  it("serves a media file only through its own testimony, and records the download", async () => {
    const { id: sourceId, editor } = await createSource();
    const { id } = await createTestimonyCommand(editor, input(sourceId, { transcript: "x", media: [file("face.png", "PNGDATA", "image/png")] }), rid());
    const other = await createTestimony(editor, sourceId, "other");
    const mediaId = (await db().testimonyMedia.findFirstOrThrow()).id;
    expect(await readTestimonyMedia(editor, other.id, mediaId, rid())).toBeNull();
    const media = await readTestimonyMedia(editor, id, mediaId, rid());
    expect(media).toMatchObject({ mimeType: "image/png", extension: "png" });
    expect((await collect(media!.body!)).toString()).toBe("PNGDATA");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "testimony.media-viewed" } });
    expect(event).toMatchObject({ actorId: editor.id, targetId: mediaId, details: { testimonyId: id } });
    expect((await readRawTranscript(editor, id, rid())).media).toEqual([{ id: mediaId, mimeType: "image/png", size: 7, fileName: "face.png" }]);
  });
});
