// Red team (quote cards as pictures, lib/delivery/quote-card/render-card.ts): text that every
// other check accepts must never make the card renderer fail with an unexpected error. A card
// that cannot be drawn is refused with its reason (QUOTE_TOO_LONG_FOR_CARD) and the item's ZIP
// and the campaign kit still go out with a note — one awkward item or campaign name must not
// cost every partner the kit. The names used are valid: a campaign name of at most 160
// characters on one line (lib/campaigns/schemas.ts), an organisation name of at most 120
// (lib/partners/schemas.ts); the quotes pass the leak guard and are under the card's 900.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rid } from "@/tests/support/factories";
import { readAll, unzip } from "@/tests/support/delivered-bytes";
import { publishAndShare, sharedWorld } from "@/tests/support/partner-channels";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { deliverCampaignKit } from "@/lib/delivery/deliver-kit";
import { deliverItem, DownloadRefused } from "@/lib/delivery/deliver-item";
import { QUOTE_TOO_LONG_FOR_CARD } from "@/lib/delivery/quote-card/card-refusals";
import { GET as apiDownload } from "@/app/api/v1/assets/[assetId]/download/route";
import { apiRequest } from "@/lib/partner-api/test-fixtures";

afterEach(() => stopJobWorkers());

const QUOTE = "We found hunger, not a caliphate.";
// a chant, one short word a line: 400 lines, 799 characters (under the card's 900)
const POEM = Array.from({ length: 400 }, () => "> a").join("\n");
// one word a person writes as a hashtag; 95 characters, a valid campaign name
const HASHTAG_CAMPAIGN = "#NoMoreRecruitersInOurNeighbourhoodsNoMoreLiesAboutParadiseNoMoreHungerForTheChildrenOfTheWar";
// a compound organisation name (German-style), 90 characters, a valid organisation name
const COMPOUND_ORG = "Landesarbeitsgemeinschaftfuerausstiegsberatungundextremismuspraeventionnordrheinwestfalen";

async function cardOutcome(w: Awaited<ReturnType<typeof sharedWorld>>, id: string) {
  return deliverItem(w.recipient, id, "png", rid()).then(
    () => "delivered",
    (error: unknown) => (error instanceof DownloadRefused ? `refused: ${error.message}` : `unexpected ${(error as Error).constructor.name}: ${(error as Error).message}`),
  );
}

describe("the card renderer on valid but awkward text", () => {
  it("a quote of many short lines is refused as too long for a card, not a crash, and the ZIP still goes out", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: POEM });
    expect(await cardOutcome(w, id)).toBe(`refused: ${QUOTE_TOO_LONG_FOR_CARD}`);
    const zip = await deliverItem(w.recipient, id, "zip", rid()).then(async (f) => [...unzip(await readAll(f.body)).keys()], (error: unknown) => `unexpected: ${(error as Error).message}`);
    expect(zip).toContain("manifest.json");
  });

  it("a campaign kit survives one quote card that cannot be drawn", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${QUOTE}` });
    await publishAndShare(w, { type: "QUOTE_CARD", title: "Poem", body: POEM });
    const kit = await deliverCampaignKit(w.recipient, w.campaign.id, rid()).then(async (f) => [...unzip(await readAll(f.body)).keys()], (error: unknown) => `unexpected: ${(error as Error).message}`);
    expect(kit).toContain("01-hunger/hunger.png");
  });

  it("a campaign named with one long hashtag still gets its cards (or a clear refusal), and its kit goes out", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    await db().campaign.update({ where: { id: w.campaign.id }, data: { name: HASHTAG_CAMPAIGN } });
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${QUOTE}` });
    expect(await cardOutcome(w, id)).toBe("delivered");
    const kit = await deliverCampaignKit(w.recipient, w.campaign.id, rid()).then(() => "delivered", (error: unknown) => `unexpected: ${(error as Error).message}`);
    expect(kit).toBe("delivered");
  });

  it("an organisation with a long one-word name gets its cards, through the portal and the API (no 500)", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    await db().partnerOrganization.update({ where: { id: w.org.id }, data: { name: COMPOUND_ORG } });
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${QUOTE}` });
    expect(await cardOutcome(w, id)).toBe("delivered");
    const api = await apiDownload(apiRequest(`/api/v1/assets/${id}/download?format=png-story`, w.apiToken), { params: Promise.resolve({ assetId: id }) });
    expect(api.status).toBe(200);
  });

  it("a single 700-character 'word' in a quote is refused as too long for a card, not a crash", { timeout: 120_000 }, async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { type: "QUOTE_CARD", title: "Hunger", body: `> ${"ha".repeat(350)}` });
    expect(await cardOutcome(w, id)).toBe(`refused: ${QUOTE_TOO_LONG_FOR_CARD}`);
  });
});
