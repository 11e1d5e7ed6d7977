// Regression tests for the titles of items the guard has caught (branch attack,
// scripts/attack/channels.attack.int.test.ts, F3 and the kit case of F3b): a title that names
// a source learned after publication is served nowhere — not in the lists before the
// background re-check has run, not beside a refusal, not in a take-down notice once the item
// is retired, not in a kit's README or manifest — while the partner is still told which of its
// copies to take down.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { insertQuote } from "@/lib/content/insert-quote";
import { retireItem } from "@/lib/content/retire-item";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { runRecheck } from "@/lib/leak-guard/recheck/recheck-published";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { draft, everythingReceived, expectNowhere, publishAndShare, releaseAndShare, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { readAll, unzip } from "@/tests/support/delivered-bytes";
import { deliverItem } from "./deliver-item";
import { deliverCampaignKit } from "./deliver-kit";
import { getPortalItem } from "./get-portal-item";
import { listWithdrawalNotices } from "./list-withdrawal-notices";
import { NOT_AVAILABLE } from "./verify-delivery";

// Invented: no such place is known to anyone.
const PLACE = "Kani Masi";
const TITLE = `What ${PLACE} taught him`;
const CLEAN_BODY = "They promised salaries. Nobody got them.";
const WITHHELD_TITLE = /^An item you downloaded \(ref [0-9A-Z]{4}-[0-9A-Z]{4}\)$/;

afterEach(() => stopJobWorkers());

async function learnPlace(w: SharedWorld) {
  await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
}

/** Published with a clean-looking title; the partner takes a copy; then the place is learned. */
async function publishedThenLearned() {
  const w = await sharedWorld([]);
  const id = await publishAndShare(w, { title: TITLE, body: CLEAN_BODY });
  await deliverItem(w.recipient, id, "md", rid());
  await learnPlace(w);
  return { w, id };
}

/** Published quoting the source's approved passage (so its consent governs the item), shared, and taken as text. */
async function publishedQuoting(w: SharedWorld) {
  const id = await draft(w, { title: TITLE, body: "" });
  await insertQuote(w.editor, { itemId: id, expectedVersion: 1, redactedTextId: w.passage.redactedTextId, start: 11, end: 60, usage: "VERBATIM" }, rid());
  await releaseAndShare(w, id, 2);
  return id;
}

const suspendedAt = async (id: string) => (await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt;
const listedTitles = async (w: SharedWorld) => (await listSharedCampaigns(w.partner, 1, rid())).items.flatMap((c) => c.items.map((i) => i.item.title));

async function kitText(w: SharedWorld) {
  const kit = unzip(await readAll((await deliverCampaignKit(w.recipient, w.campaign.id, rid())).body));
  return { readme: kit.get("README.txt")!.toString("utf8"), manifest: JSON.parse(kit.get("manifest.json")!.toString("utf8")) as { withheld: { id: string; title: string }[] } };
}

describe("a title that names a source learned after publication", () => {
  it("is left out of the portal's list before the background re-check has run, and the item is suspended", async () => {
    const { w, id } = await publishedThenLearned();
    const run = await db().recheckRun.findFirstOrThrow({ where: { sourceId: w.passage.sourceId } });
    expect(run.state).toBe("QUEUED");

    expect(await listedTitles(w)).toEqual([]);
    expect(await suspendedAt(id)).not.toBeNull();
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "delivery.blocked-identifier", targetId: id } })).toMatchObject({ details: expect.objectContaining({ format: "listing" }) });
    expectNowhere(await everythingReceived(w, id, { eachChannelFirst: true }), [PLACE]);
  });

  it("is not returned by the item page in the response whose check refuses the item", async () => {
    const { w, id } = await publishedThenLearned();
    const page = await getPortalItem(w.partner, id, rid());
    expect(page).toMatchObject({ id, title: null, refusal: NOT_AVAILABLE, html: null });
    expect(await suspendedAt(id)).not.toBeNull();
  });

  it("is not returned by a suspended item's page, to an organisation that took a copy or to one that never did", async () => {
    const { w, id } = await publishedThenLearned();
    const run = await db().recheckRun.findFirstOrThrow({ where: { sourceId: w.passage.sourceId } });
    await runRecheck(run.id);
    expect(await suspendedAt(id)).not.toBeNull();
    const otherOrg = await createPartnerOrg();
    const other = await createUser("PARTNER", { partnerOrgId: otherOrg.id });
    await db().campaignPartner.create({ data: { campaignId: w.campaign.id, partnerOrgId: otherOrg.id } });

    for (const partner of [w.partner, other]) {
      const page = await getPortalItem(partner, id, rid());
      expect(page).toMatchObject({ id, title: null, html: null });
      expect(page!.refusal).toMatch(/not available/);
    }
    expect(JSON.stringify(await listSharedCampaigns(other, 1, rid()))).not.toContain(PLACE);
    expect(await listWithdrawalNotices(other)).toEqual([]);
    expectNowhere(await everythingReceived(w, id), [PLACE]);
  });

  it("stays out of the take-down notice when the suspended item is retired", async () => {
    const { w, id } = await publishedThenLearned();
    await getPortalItem(w.partner, id, rid()); // any delivery check suspends it
    await retireItem(w.editor, { itemId: id, expectedVersion: 1, reason: "identifier found" }, rid());

    const notice = (await listWithdrawalNotices(w.partner)).find((n) => n.id === id);
    expect(notice).toMatchObject({ titleWithheld: true, underReview: false });
    expect(notice!.title).toMatch(WITHHELD_TITLE);
    expect(notice!.downloads.map((d) => d.format)).toContain("md");
    expect((await getPortalItem(w.partner, id, rid()))?.title).toBeNull();
    expectNowhere(await everythingReceived(w, id), [PLACE]);
  });

  it("stays out of the take-down notice when a consent withdrawal retires the suspended item", async () => {
    const w = await sharedWorld([]);
    const id = await publishedQuoting(w);
    await deliverItem(w.recipient, id, "txt", rid());
    await learnPlace(w);
    await getPortalItem(w.partner, id, rid()); // suspends
    const consent = await db().consent.findUniqueOrThrow({ where: { sourceId: w.passage.sourceId } });
    await withdrawConsent(w.editor, { sourceId: w.passage.sourceId, version: consent.version }, rid());

    const notice = (await listWithdrawalNotices(w.partner)).find((n) => n.id === id);
    expect(notice).toMatchObject({ titleWithheld: true, consentWithdrawn: true });
    expect(notice!.title).toMatch(WITHHELD_TITLE);
    expectNowhere(await everythingReceived(w, id), [PLACE]);
  });

  it("stays out of the notice and the page of an item retired before the place was learned (which no re-check reads)", async () => {
    const w = await sharedWorld([]);
    const id = await publishAndShare(w, { title: TITLE, body: CLEAN_BODY });
    await deliverItem(w.recipient, id, "md", rid());
    await retireItem(w.editor, { itemId: id, expectedVersion: 1, reason: "campaign over" }, rid());
    // while nothing was known, the notice names the item
    expect((await listWithdrawalNotices(w.partner)).find((n) => n.id === id)).toMatchObject({ title: TITLE, titleWithheld: false });

    await learnPlace(w);
    const notice = (await listWithdrawalNotices(w.partner)).find((n) => n.id === id);
    expect(notice).toMatchObject({ titleWithheld: true });
    expect(notice!.title).toMatch(WITHHELD_TITLE);
    expect(await getPortalItem(w.partner, id, rid())).toMatchObject({ title: null, html: null });
    expectNowhere(await everythingReceived(w, id), [PLACE]);
  });
});

describe("a campaign kit", () => {
  it("names an item withheld for lapsed consent by its title only while nothing in the title matches", async () => {
    const w = await sharedWorld([]);
    await publishAndShare(w, { title: "Bread before belief", body: CLEAN_BODY });
    const id = await publishedQuoting(w);
    await db().consent.update({ where: { sourceId: w.passage.sourceId }, data: { expiresAt: new Date(Date.now() - 1000) } }); // time passes
    // the consent has lapsed, the title is clean: the kit says which item is missing and why
    expect((await kitText(w)).readme).toContain(`Not included: ${TITLE} — This item is not available at the moment: the consent it relies on has expired.`);

    await learnPlace(w);
    const { readme, manifest } = await kitText(w);
    expect(readme).toContain("Not included: An item under review — This item is not available at the moment: the consent it relies on has expired.");
    expect(manifest.withheld).toEqual([expect.objectContaining({ id, title: "An item under review" })]);
    expect(readme).toContain("1. Bread before belief [en]");
    expectNowhere(await everythingReceived(w, id), [PLACE]);
  });
});
