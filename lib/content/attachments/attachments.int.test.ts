import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import type { Actor } from "@/lib/auth/policy";
import { createItem } from "../create-item";
import { submitItem } from "../submit-item";
import { approveItem } from "../review-item";
import { findLeaks, releasableFields, ReleaseBlocked } from "../leak-guard";
import { addAttachment } from "./add-attachment";
import { removeAttachment } from "./remove-attachment";
import { readAttachment } from "./read-attachment";
import { safeFileName } from "./safe-file-name";
import { storedBlob } from "@/tests/support/stored-blobs";
import { blobStorage } from "@/lib/storage/storage";

const XMP = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Camera Owner"/></rdf:RDF></x:xmpmeta>';

/** A JPEG carrying EXIF (camera and GPS position), an ICC profile and XMP. */
async function jpegWithMetadata(): Promise<Buffer> {
  const plain = await sharp({ create: { width: 64, height: 32, channels: 3, background: "#a33" } }).jpeg().toBuffer();
  return sharp(plain)
    .withIccProfile("p3")
    .withExif({ IFD0: { Make: "AcmeCam", Model: "Spy 3000" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "36/1 20/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "43/1 8/1 0/1" } })
    .withXmp(XMP)
    .jpeg()
    .toBuffer();
}

const png = () => sharp({ create: { width: 10, height: 10, channels: 4, background: "#36c" } }).png().toBuffer();
const file = (bytes: Buffer | string, name: string, type = "image/png") => new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
const base = { type: "QUOTE_CARD" as const, language: "en" as const, themeIds: [], audiences: ["young men"], channels: ["SOCIAL" as const], internalNotes: null };

async function draftBy(editor: Actor) {
  return createItem(editor, { ...base, title: "Broken promises", body: "They promised salaries. Nobody got them." }, rid());
}

const itemRow = (id: string) => db().contentItem.findUniqueOrThrow({ where: { id }, include: { attachments: true } });

describe("image attachments", () => {
  it("stores a re-encoded copy with no EXIF, GPS, ICC, XMP or IPTC, and its dimensions", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await draftBy(editor);
    const dirty = await jpegWithMetadata();
    const before = await sharp(dirty).metadata();
    expect(before.exif && before.icc && before.xmp).toBeTruthy();
    expect(dirty.includes("AcmeCam")).toBe(true);

    await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(dirty, "C:\\Users\\me\\IMG_0001 (final).JPG", "image/jpeg"), altText: "A red square", caption: "Handout" }, rid());

    const [stored] = (await itemRow(id)).attachments;
    expect(stored!.content).toBeNull();
    const bytes = await storedBlob(stored!.storageKey!);
    const after = await sharp(bytes).metadata();
    expect(after.format).toBe("jpeg");
    expect({ exif: after.exif, icc: after.icc, xmp: after.xmp, iptc: after.iptc }).toEqual({ exif: undefined, icc: undefined, xmp: undefined, iptc: undefined });
    expect(bytes.includes("AcmeCam")).toBe(false);
    expect(stored).toMatchObject({ fileName: "IMG_0001 -final.jpg", mimeType: "image/jpeg", width: 64, height: 32, altText: "A red square", caption: "Handout", size: bytes.byteLength });
  });

  it("makes each change a new version that lists the attachments", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await draftBy(editor);
    const added = await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await png(), "chart.png"), altText: "Chart" }, rid());
    expect(added.version).toBe(2);
    const v2 = await db().contentVersion.findFirstOrThrow({ where: { itemId: id, number: 2 } });
    expect(v2.attachmentIds).toEqual([added.id]);
    const { storageKey } = await db().contentAttachment.findUniqueOrThrow({ where: { id: added.id } });
    expect(await blobStorage().exists(storageKey!)).toBe(true);
    await removeAttachment(editor, { itemId: id, attachmentId: added.id, expectedVersion: 2 }, rid());
    expect(await blobStorage().exists(storageKey!)).toBe(false);
    const v3 = await db().contentVersion.findFirstOrThrow({ where: { itemId: id, number: 3 } });
    expect(v3.attachmentIds).toEqual([]);
    expect((await itemRow(id)).version).toBe(3);
  });

  it("returns an approved item to DRAFT and clears its approval when an image is added", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { id } = await draftBy(editor);
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
    await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid());
    await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await png(), "chart.png"), altText: "Chart" }, rid());
    expect(await itemRow(id)).toMatchObject({ state: "DRAFT", version: 2, approvedVersion: null, approvedById: null, approvedAt: null });
  });

  it.each([
    ["an SVG", () => file('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>', "logo.png", "image/png"), /PNG, JPEG or WebP/],
    ["a text file renamed .png", () => file("just some text, not an image", "photo.png", "image/png"), /PNG, JPEG or WebP/],
    ["an image over 10 MB", () => file(Buffer.alloc(10 * 1024 * 1024 + 1, 1), "huge.png", "image/png"), /highlighted|10 MB/],
  ])("refuses %s and changes nothing", async (_name, make, message) => {
    const editor = await createUser("EDITOR");
    const { id } = await draftBy(editor);
    await expect(addAttachment(editor, { itemId: id, expectedVersion: 1, file: make(), altText: "x" }, rid())).rejects.toThrow(message);
    const row = await itemRow(id);
    expect(row.attachments).toHaveLength(0);
    expect(row.version).toBe(1);
    expect(await db().contentVersion.count({ where: { itemId: id } })).toBe(1);
  });

  it("requires alt text and the content:edit permission", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { id } = await draftBy(editor);
    await expect(addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await png(), "a.png"), altText: "  " }, rid())).rejects.toThrow(/highlighted/);
    await expect(addAttachment(reviewer, { itemId: id, expectedVersion: 1, file: file(await png(), "a.png"), altText: "A" }, rid())).rejects.toThrow(/not allowed/);
    expect((await itemRow(id)).attachments).toHaveLength(0);
  });

  it("reads an attachment only through its own item", async () => {
    const editor = await createUser("EDITOR");
    const mine = await draftBy(editor);
    const other = await draftBy(editor);
    const { id } = await addAttachment(editor, { itemId: mine.id, expectedVersion: 1, file: file(await png(), "a.png"), altText: "A" }, rid());
    expect(await readAttachment(editor, mine.id, id)).toMatchObject({ id, mimeType: "image/png" });
    expect(await readAttachment(editor, other.id, id)).toBeNull();
    await expect(removeAttachment(editor, { itemId: other.id, attachmentId: id, expectedVersion: 1 }, rid())).rejects.toThrow(/does not exist/);
  });

  it("lets the leak guard see the file name, alt text and caption, and refuses submission and approval", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    await createApprovedRedactedText(editor, reviewer, { dictionary: [{ text: "Haji Rashid Tawfiq", type: "PERSON", variants: ["Rashid Tawfiq"] }] });
    const { id } = await draftBy(editor);
    const { id: attachmentId } = await addAttachment(
      editor,
      { itemId: id, expectedVersion: 1, file: file(await png(), "rashid tawfiq.png"), altText: "Portrait of Rashid Tawfiq", caption: "Haji Rashid Tawfiq at home" },
      rid(),
    );
    const hits = await findLeaks(db(), await releasableFields(db(), id));
    expect(new Set(hits.map((h) => h.field))).toEqual(new Set(["fileName", "altText", "caption"].map((f) => `attachment:${attachmentId}:${f}`)));
    await expect(submitItem(editor, { itemId: id, expectedVersion: 2, reviewerId: reviewer.id }, rid())).rejects.toBeInstanceOf(ReleaseBlocked);
    await db().contentItem.update({ where: { id }, data: { state: "IN_REVIEW" } }); // as if the name became known during review
    await db().reviewAssignment.create({ data: { reviewerId: reviewer.id, assignedById: editor.id, itemId: id } });
    await expect(approveItem(reviewer, { itemId: id, expectedVersion: 2 }, rid())).rejects.toBeInstanceOf(ReleaseBlocked);
  });
});

describe("safeFileName", () => {
  it.each([
    ["../../etc/passwd<script>.png", "png", "passwd-script.png"],
    ["..\\..\\secret.webp", "webp", "secret.webp"],
    [".hidden", "png", "image.png"],
    ["photo.gif", "jpg", "photo.jpg"],
    ["صورة المدينة.png", "png", "صورة المدينة.png"],
  ])("%s → %s", (name, ext, expected) => {
    expect(safeFileName(name, ext)).toBe(expected);
  });

  it("keeps at most 120 characters, extension included", () => {
    const name = safeFileName(`${"a".repeat(300)}.png`, "png");
    expect(name).toHaveLength(120);
    expect(name.endsWith(".png")).toBe(true);
  });
});
