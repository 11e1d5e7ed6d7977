// Quote cards as pictures, end to end on the server: drawn, read back by OCR (Debian's
// tesseract, English and Arabic), delivered to a partner through the portal, the API and the
// kit, and checked on the words they show.
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { readAll, unzip } from "@/tests/support/delivered-bytes";
import { ocrText } from "@/tests/support/ocr";
import { publishAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { apiRequest } from "@/lib/partner-api/test-fixtures";
import { GET as apiDownload } from "@/app/api/v1/assets/[assetId]/download/route";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverCampaignKit } from "../deliver-kit";
import { deliverItem, DownloadRefused } from "../deliver-item";
import { NOT_AVAILABLE } from "../verify-delivery";
import { cardText } from "./card-text";
import { NOT_A_CARD, QUOTE_TOO_LONG_FOR_CARD } from "./card-refusals";
import { renderQuoteCard } from "./render-card";

afterEach(() => stopJobWorkers());

const ENGLISH = "We found hunger, not a caliphate. The commanders lived in the villas of the people they had driven out.";
const ARABIC = "وجدنا الجوع لا الخلافة. كان الأمراء يسكنون بيوت الناس الذين طردوهم.";

// OCR and typing differ in hamza seats, tashkeel and letter case; the words are what count.
const words = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);

function shareRead(expected: string, read: string): number {
  const seen = new Set(words(read));
  const wanted = words(expected);
  return wanted.filter((w) => seen.has(w)).length / wanted.length;
}

const card = (quote: string, language: "en" | "ar") => cardText({ body: `Context.\n\n> ${quote}\n`, language, campaignName: "Bread before belief", preparedFor: "Prepared for Sawt · ref 7K2M-Q9XD", recipientLocale: "en" });

describe("picture cards", () => {
  // OCR takes a few seconds a picture on a busy 2-core machine
  it("draws an English and an Arabic quote that OCR reads back, in both sizes", { timeout: 180_000 }, async () => {
    for (const [quote, language] of [[ENGLISH, "en"], [ARABIC, "ar"]] as const) {
      for (const size of ["square", "story"] as const) {
        const png = await renderQuoteCard(card(quote, language), size, "night");
        const meta = await sharp(png).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(["png", 1080, size === "square" ? 1080 : 1920]);
        const read = await ocrText(png);
        expect(shareRead(quote, read), `${language} ${size}: ${read}`).toBeGreaterThanOrEqual(0.8);
        expect(read).toMatch(/Prepared for Sawt/);
      }
    }
  });

  it("says who spoke without a name, in the card's language, and lays Arabic out right to left", () => {
    const arabic = card(ARABIC, "ar");
    expect(arabic).toMatchObject({ direction: "rtl", attribution: "عضو سابق في جماعة متطرفة", quote: ARABIC });
    expect(card(ENGLISH, "en")).toMatchObject({ direction: "ltr", attribution: "A former member of an extremist group" });
  });

  it("delivers a published quote card as PNG without metadata, recorded and marked with the partner's line", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `They promised bread.\n\n> ${ENGLISH}\n` });
    const square = await deliverItem(w.recipient, id, "png", rid(), { template: "paper" });
    const story = await deliverItem(w.recipient, id, "png-story", rid());
    for (const [file, height] of [[square, 1080], [story, 1920]] as const) {
      const png = await readAll(file.body);
      const meta = await sharp(png).metadata();
      expect([file.contentType, meta.format, meta.width, meta.height]).toEqual(["image/png", "png", 1080, height]);
      expect([meta.exif, meta.xmp, meta.iptc, meta.comments]).toEqual([undefined, undefined, undefined, undefined]);
      expect(await db().download.findUniqueOrThrow({ where: { reference: file.reference } })).toMatchObject({ itemId: id, format: file === square ? "png" : "png-story" });
    }
    expect(story.fileName).toMatch(/^hunger-[0-9A-Z]{4}-[0-9A-Z]{4}-story\.png$/);
    expect(await ocrText(await readAll(square.body))).toMatch(/Bread before belief/);
  });

  it("refuses a picture card of an item that is not a quote card, and records no download", async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { title: "Hunger", body: `> ${ENGLISH}` });
    await expect(deliverItem(w.recipient, id, "png", rid())).rejects.toThrow(new DownloadRefused(NOT_A_CARD));
    expect(await db().download.count({ where: { itemId: id } })).toBe(0);
  });

  it("checks the words the card shows: a campaign name naming the source stops the card and suspends the item", async () => {
    const w = await sharedWorld([{ text: "Abu Hamza al-Tunisi", type: "ALIAS", variants: [] }]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${ENGLISH}` });
    // a campaign name written before names were checked in it
    await db().campaign.update({ where: { id: w.campaign.id }, data: { name: "What Abu Hamza al-Tunisi saw" } });
    await expect(deliverItem(w.recipient, id, "png", rid())).rejects.toThrow(NOT_AVAILABLE);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "delivery.blocked-identifier", targetId: id } })).toBe(1);
  });

  it("puts both cards of a quote card in its ZIP and in the campaign kit", async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${ENGLISH}` });
    const zip = unzip(await readAll((await deliverItem(w.recipient, id, "zip", rid())).body));
    expect([...zip.keys()].filter((name) => name.endsWith(".png")).sort()).toEqual(["hunger-story.png", "hunger.png"]);
    const kit = unzip(await readAll((await deliverCampaignKit(w.recipient, w.campaign.id, rid())).body));
    expect([...kit.keys()].filter((name) => name.endsWith(".png")).sort()).toEqual(["01-hunger/hunger-story.png", "01-hunger/hunger.png"]);
  });

  it("refuses a quote too long for a card with the reason, and the ZIP says why it has none", async () => {
    const w = await sharedWorld([]);
    const long = Array.from({ length: 40 }, () => "The salary came late, then half, then never.").join(" ");
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${long}` });
    await expect(deliverItem(w.recipient, id, "png-story", rid())).rejects.toThrow(new DownloadRefused(QUOTE_TOO_LONG_FOR_CARD));
    const zip = unzip(await readAll((await deliverItem(w.recipient, id, "zip", rid())).body));
    expect([...zip.keys()].filter((name) => name.endsWith(".png"))).toEqual([]);
    expect(JSON.parse(zip.get("manifest.json")!.toString("utf8")).items[0].notes).toEqual(["No picture card: the quote is too long for one. Use the Markdown, text or PDF file."]);
  });

  it("shows the title when the body has no words of its own", () => {
    expect(cardText({ title: "Hunger, not a caliphate", body: "", language: "en", campaignName: null, preparedFor: "x", recipientLocale: "en" }).quote).toBe("Hunger, not a caliphate");
  });

  it("answers format=png through the partner API, and a clear 400 for an unknown look", async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${ENGLISH}` });
    const call = (query: string) => apiDownload(apiRequest(`/api/v1/assets/${id}/download?${query}`, w.apiToken), { params: Promise.resolve({ assetId: id }) });
    const ok = await call("format=png&template=ember");
    expect([ok.status, ok.headers.get("content-type")]).toEqual([200, "image/png"]);
    expect((await sharp(Buffer.from(await ok.arrayBuffer())).metadata()).width).toBe(1080);
    const bad = await call("format=png&template=neon");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/template must be one of night, paper, ember/);
  });
});
