// Red team (pictures read for identifiers): a picture's words are a form a partner receives.
// (1) When a dictionary learns a name after publication, the portal's image route must not keep
// serving a picture whose words now name the source — every other channel re-checks on the spot.
// (2) A picture added after approval is re-checked (the item goes back to draft); a published
// item takes no new picture. (2) holds: kept as a regression test.
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { draft, releaseAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { addAttachment } from "@/lib/content/attachments/add-attachment";
import { submitItem } from "@/lib/content/submit-item";
import { approveItem } from "@/lib/content/review-item";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { readPortalImage } from "@/lib/delivery/get-portal-item";
import { deliverImage } from "@/lib/delivery/deliver-item";
import { NOT_AVAILABLE } from "@/lib/delivery/verify-delivery";
import { CARD_FONTS } from "@/lib/delivery/quote-card/card-fonts";

afterEach(() => stopJobWorkers());

const NAME = "Rashid Tawfiq";
const VILLAGE = "Tell Qaramil";

async function badge(words: string): Promise<Buffer> {
  const font = CARD_FONTS.latin.bold;
  const text = await sharp({ text: { text: `<span foreground="#111">${words}</span>`, font: `${font.family} 40px`, fontfile: font.file, width: 560, rgba: true } }).png().toBuffer();
  return sharp({ create: { width: 640, height: 200, channels: 3, background: "#f4f1e8" } }).composite([{ input: text, top: 60, left: 40 }]).jpeg().toBuffer();
}
const file = (bytes: Buffer) => new File([new Uint8Array(bytes)], "IMG_0042.jpg", { type: "image/jpeg" });

describe("a picture whose words name a source", () => {
  it("is not served by the portal's image route once the dictionary knows the name (before the background re-check ran)", { timeout: 180_000 }, async () => {
    const w = await sharedWorld([]);
    const id = await draft(w, { title: "A road sign", body: "The road home." });
    // a road sign naming the source's village, which nobody had entered yet
    const { id: attachmentId } = await addAttachment(w.editor, { itemId: id, expectedVersion: 1, file: file(await badge(`${VILLAGE} 4 km`)), altText: "A road sign", caption: null }, rid());
    await releaseAndShare(w, id, 2);
    expect(await readPortalImage(w.partner, id, attachmentId)).not.toBeNull(); // clean then: served
    // the editor learns the source's name; the re-check of published items is queued (workers not running yet)
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: VILLAGE, type: "LOCATION", variants: [] }, rid());
    const served = await readPortalImage(w.partner, id, attachmentId);
    // control: the download route checks the picture's words now and refuses
    const download = await deliverImage(w.recipient, id, attachmentId, rid()).then(() => "delivered", (error: unknown) => (error as Error).message);
    expect(download).toBe(NOT_AVAILABLE);
    expect(served, "the portal image route served the picture naming the source").toBeNull();
  });

  it("added after approval sends the item back to draft, so it is checked again; a published item takes none", { timeout: 180_000 }, async () => {
    const w = await sharedWorld([{ text: NAME, type: "PERSON", variants: [] }]);
    const id = await draft(w, { title: "A badge", body: "They handed out badges." });
    await submitItem(w.editor, { itemId: id, expectedVersion: 1, reviewerId: w.reviewer.id }, rid());
    await approveItem(w.reviewer, { itemId: id, expectedVersion: 1 }, rid());
    await addAttachment(w.editor, { itemId: id, expectedVersion: 1, file: file(await badge(`Name: ${NAME}`)), altText: "A badge", caption: null }, rid());
    expect(await db().contentItem.findUniqueOrThrow({ where: { id }, select: { state: true, approvedVersion: true } })).toEqual({ state: "DRAFT", approvedVersion: null });

    const published = await draft(w, { title: "Another badge", body: "They handed out badges." });
    await releaseAndShare(w, published, 1);
    const late = await addAttachment(w.editor, { itemId: published, expectedVersion: 1, file: file(await badge(`Name: ${NAME}`)), altText: "A badge", caption: null }, rid()).then(() => "added", (error: unknown) => error);
    expect(late).not.toBe("added");
    expect(await db().contentAttachment.count({ where: { itemId: published } })).toBe(0);
  });
});
