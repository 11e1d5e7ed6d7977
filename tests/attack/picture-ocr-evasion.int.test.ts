// Red team (pictures read for identifiers, lib/media/read-image-text.ts): a name a person reads
// at a glance in an uploaded picture must stop the item like a typed name does. Each picture
// below shows the source's name plainly to a human; a test that fails here is a picture whose
// name the OCR gate does not see, so the item is submitted, approved, published and delivered
// with the name in its pixels.
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { createItem } from "@/lib/content/create-item";
import { submitItem } from "@/lib/content/submit-item";
import { ReleaseBlocked } from "@/lib/content/leak-guard";
import { addAttachment } from "@/lib/content/attachments/add-attachment";
import { CARD_FONTS, type CardFont } from "@/lib/delivery/quote-card/card-fonts";
import { sharedWorld } from "@/tests/support/partner-channels";
import { readAll, unzip } from "@/tests/support/delivered-bytes";
import { deliverItem } from "@/lib/delivery/deliver-item";
import { NOT_AVAILABLE } from "@/lib/delivery/verify-delivery";
import { readImageText } from "@/lib/media/read-image-text";

afterEach(() => stopJobWorkers());

const NAME = "Rashid Tawfiq";
const ARABIC_NAME = "رشيد توفيق";
const DICTIONARY = [{ text: NAME, type: "PERSON", variants: [ARABIC_NAME] }];

async function words(text: string, colour: string, px = 40, font: CardFont = CARD_FONTS.latin.bold, width = 900): Promise<Buffer> {
  return sharp({ text: { text: `<span foreground="${colour}">${text}</span>`, font: `${font.family} ${px}px`, fontfile: font.file, width, rgba: true } }).png().toBuffer();
}

async function on(text: Buffer, background: string, size = { width: 1000, height: 220 }, at = { top: 60, left: 40 }): Promise<Buffer> {
  return sharp({ create: { ...size, channels: 3, background } }).composite([{ input: text, ...at }]).png().toBuffer();
}

/** Red letters on a grey of the same brightness: plain to the eye, one flat grey once greyscaled. */
export async function isoluminantBadge(name = NAME): Promise<Buffer> {
  const [grey] = await sharp({ create: { width: 1, height: 1, channels: 3, background: "#ff0000" } }).greyscale().raw().toBuffer();
  const hex = `#${(grey! - 4).toString(16).padStart(2, "0").repeat(3)}`;
  return on(await words(`Name: ${name}`, "#ff0000"), hex);
}

/** Each picture shows the name to anyone who looks at it. */
const PICTURES: [string, () => Promise<Buffer>][] = [
  ["red letters on a grey of equal brightness", () => isoluminantBadge()],
  ["a badge photographed at a slant (20°)", async () => sharp(await on(await words(`Name: ${NAME}`, "#111"), "#f4f1e8")).rotate(20, { background: "#f4f1e8" }).png().toBuffer()],
  ["a badge upside down (a partner flips it in one click)", async () => sharp(await on(await words(`Name: ${NAME}`, "#111"), "#f4f1e8")).rotate(180).png().toBuffer()],
  ["small print, 10 px (readable zoomed in)", async () => on(await words(`Name: ${NAME}`, "#111", 10), "#f4f1e8")],
  [
    "white letters on a transparent picture (shown on a dark page or a dark-mode feed)",
    async () => {
      const text = await words(`Name: ${NAME}`, "#ffffff");
      return sharp({ create: { width: 1000, height: 220, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0 } } }).composite([{ input: text, top: 60, left: 40 }]).png().toBuffer();
    },
  ],
  ["an Arabic name on a square sign, two short lines", async () => on(await words("رشيد\nتوفيق", "#111", 60, CARD_FONTS.arabic.bold, 400), "#f4f1e8", { width: 640, height: 640 }, { top: 200, left: 200 })],
];

const file = (bytes: Buffer) => new File([new Uint8Array(bytes)], "IMG_0042.png", { type: "image/png" });
const base = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

describe("a name a person reads in a picture stops the item at submission", () => {
  for (const [what, picture] of PICTURES) {
    it(what, { timeout: 180_000 }, async () => {
      // each test starts from an empty database (tests/support/integration-setup.ts)
      const editor = await createUser("EDITOR");
      await createApprovedRedactedText(editor, await createUser("REVIEWER"), { dictionary: DICTIONARY });
      const { id } = await createItem(editor, { ...base, title: "A badge", body: "They handed out badges." }, rid());
      await addAttachment(editor, { itemId: id, expectedVersion: 1, file: file(await picture()), altText: "A badge", caption: null }, rid());
      const refusal = await submitItem(editor, { itemId: id, expectedVersion: 2, reviewerId: (await createUser("REVIEWER")).id }, rid()).then(() => "submitted", (error: unknown) => error);
      const read = (await db().contentAttachment.findFirstOrThrow({ where: { itemId: id } })).imageText;
      expect(refusal, `the leak guard let the picture through; OCR read: ${JSON.stringify(read)}`).toBeInstanceOf(ReleaseBlocked);
    });
  }
});

describe("end to end: the red-on-grey badge reaches the partner", () => {
  it("is delivered in the item's ZIP with the name in its pixels (expected: refused, item suspended)", { timeout: 240_000 }, async () => {
    const w = await sharedWorld(DICTIONARY);
    // the picture goes on the draft through the real command, before submission, approval and publication
    const { id } = await createItem(w.editor, { ...base, channels: ["WEB", "PARTNER_DOWNLOAD"], title: "A badge", body: "They handed out badges." }, rid());
    await addAttachment(w.editor, { itemId: id, expectedVersion: 1, file: file(await isoluminantBadge()), altText: "A badge", caption: null }, rid());
    const { releaseAndShare } = await import("@/tests/support/partner-channels");
    const released = await releaseAndShare(w, id, 2).then(() => "released", (error: unknown) => error);
    if (released !== "released") return expect(released).toBeInstanceOf(ReleaseBlocked);
    const zip = await deliverItem(w.recipient, id, "zip", rid()).then(async (f) => unzip(await readAll(f.body)), (error: unknown) => error);
    // what the partner got: the picture, whose red channel reads the name at once
    const image = zip instanceof Map ? [...zip].find(([name]) => name.startsWith("images/"))?.[1] : undefined;
    const redChannel = image ? await sharp(image).extractChannel("red").png().toBuffer() : undefined;
    const readByPartner = redChannel ? await readImageText(redChannel) : "";
    expect(readByPartner).not.toMatch(/Rashid Tawfiq/);
    expect(zip).toEqual(new Error(NOT_AVAILABLE));
  });
});
