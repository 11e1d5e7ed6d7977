// The words in a picture are read (tesseract, English and Arabic) and checked like its alt
// text: on upload, before submission, approval and publication, and before every delivery.
// The pictures are drawn here: a photographed name card, in Latin and Arabic script.
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import { publishAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverImage, deliverItem } from "@/lib/delivery/deliver-item";
import { NOT_AVAILABLE } from "@/lib/delivery/verify-delivery";
import { PICTURES_NOT_CHECKED } from "./unread-pictures";
import { createItem } from "../create-item";
import { submitItem } from "../submit-item";
import { ReleaseBlocked } from "../leak-guard";
import { addAttachment } from "./add-attachment";
import { CARD_FONTS, type CardFont } from "@/lib/delivery/quote-card/card-fonts";
import { InvalidInput } from "@/lib/errors";

afterEach(() => stopJobWorkers());

const NAME = "Rashid Tawfiq";

/** Dark words on a light card, as a photographed badge or sign would show them. */
async function pictureOf(words: string, font: CardFont = CARD_FONTS.latin.bold): Promise<Buffer> {
  const text = await sharp({ text: { text: `<span foreground="#111">${words}</span>`, font: `${font.family} 40px`, fontfile: font.file, width: 560, rgba: true } }).png().toBuffer();
  return sharp({ create: { width: 640, height: 200, channels: 3, background: "#f4f1e8" } }).composite([{ input: text, top: 60, left: 40 }]).jpeg().toBuffer();
}

const file = (bytes: Buffer) => new File([new Uint8Array(bytes)], "IMG_0042.jpg", { type: "image/jpeg" });
const base = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

/** Runs with a PATH that has no tesseract, as on a server where OCR was never installed. */
async function withPath<T>(path: string, run: () => Promise<T>): Promise<T> {
  vi.stubEnv("PATH", path);
  try {
    return await run();
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("words in pictures", () => {
  it("are read on upload, in English and Arabic, and kept beside the picture", { timeout: 120_000 }, async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createItem(editor, { ...base, title: "Badges", body: "They handed out badges." }, rid());
    await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await pictureOf("Checkpoint pass 4471")), altText: "A pass", caption: null }, rid());
    await addAttachment(editor, { itemId: id, expectedVersion: 2, file: file(await pictureOf("مكتب الحسبة", CARD_FONTS.arabic.bold)), altText: "A sign", caption: null }, rid());
    const [latin, arabic] = await db().contentAttachment.findMany({ where: { itemId: id }, orderBy: { createdAt: "asc" } });
    expect(latin!.imageText).toMatch(/Checkpoint pass 4471/);
    expect(arabic!.imageText).toMatch(/الحسبة/);
  });

  it("that name a source stop the item at submission, saying where and never what", { timeout: 120_000 }, async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    await createApprovedRedactedText(editor, reviewer, { dictionary: [{ text: NAME, type: "PERSON", variants: [] }] });
    const { id } = await createItem(editor, { ...base, title: "A badge", body: "They handed out badges." }, rid());
    await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await pictureOf(`Name: ${NAME}`)), altText: "A badge", caption: null }, rid());
    const refusal = await submitItem(editor, { itemId: id, expectedVersion: 2, reviewerId: reviewer.id }, rid()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReleaseBlocked);
    expect((refusal as Error).message).toMatch(/picture/i);
    expect((refusal as Error).message).not.toMatch(/Rashid|Tawfiq/);
  });

  it("that name no one let the item through: misreads of the picture turned over invent no phone number", { timeout: 120_000 }, async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { id } = await createItem(editor, { ...base, title: "Queues", body: "They handed out bread once a week." }, rid());
    // white capitals on green: upside down, the Arabic model once read them as "303060 0989"
    const words = await sharp({ text: { text: '<span foreground="#fff">BREAD QUEUE</span>', font: `${CARD_FONTS.latin.bold.family} 36px`, fontfile: CARD_FONTS.latin.bold.file, rgba: true } }).png().toBuffer();
    const banner = await sharp({ create: { width: 480, height: 120, channels: 3, background: "#2a6" } }).composite([{ input: words, top: 36, left: 40 }]).png().toBuffer();
    await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(banner), altText: "A green banner", caption: null }, rid());
    expect((await db().contentAttachment.findFirstOrThrow({ where: { itemId: id } })).imageText).not.toMatch(/\d/);
    await submitItem(editor, { itemId: id, expectedVersion: 2, reviewerId: reviewer.id }, rid());
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).state).toBe("IN_REVIEW");
  });

  it("of a picture stored before pictures were read are read before delivery, and one naming a source never leaves", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([{ text: NAME, type: "PERSON", variants: [] }]);
    const id = await publishAndShare(w, { title: "A badge", body: "They handed out badges." });
    const photo = await pictureOf(`Name: ${NAME}`);
    const image = await db().contentAttachment.create({ data: { itemId: id, fileName: "badge.jpg", mimeType: "image/jpeg", size: photo.byteLength, width: 640, height: 200, content: new Uint8Array(photo) } });
    await expect(deliverImage(w.recipient, id, image.id, rid())).rejects.toThrow(NOT_AVAILABLE);
    expect((await db().contentAttachment.findUniqueOrThrow({ where: { id: image.id } })).imageText).toMatch(/Rashid Tawfiq/);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt).not.toBeNull();
    expect(await db().download.count({ where: { itemId: id } })).toBe(0);
  });

  it("cannot be checked without OCR: the upload is refused with the reason and nothing is saved; an unread picture never leaves", { timeout: 60_000 }, async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createItem(editor, { ...base, title: "Badges", body: "They handed out badges." }, rid());
    const photo = await pictureOf("Checkpoint pass 4471");
    const refusal = await withPath("/nonexistent", () => addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(photo), altText: "A pass", caption: null }, rid()).catch((error: unknown) => error));
    expect(refusal).toBeInstanceOf(InvalidInput);
    expect((refusal as InvalidInput).fieldErrors.file?.[0]).toMatch(/could not be read for text/);
    expect(await db().contentAttachment.count({ where: { itemId: id } })).toBe(0);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).version).toBe(1);

    const w = await sharedWorld([]);
    const shared = await publishAndShare(w, { title: "A badge", body: "They handed out badges." });
    await db().contentAttachment.create({ data: { itemId: shared, fileName: "badge.jpg", mimeType: "image/jpeg", size: photo.byteLength, width: 640, height: 200, content: new Uint8Array(photo) } });
    await expect(withPath("/nonexistent", () => deliverItem(w.recipient, shared, "md", rid()))).rejects.toThrow(PICTURES_NOT_CHECKED);
    expect(await db().download.count({ where: { itemId: shared } })).toBe(0);
  });
});
