// Red team: a prepared kit or PDF waits up to an hour for its fetch, and its bytes are not
// read again when it leaves. An identifier learned in that hour must still never reach the
// partner: not while the re-check that would suspend the item is still queued, and not in
// the campaign's own words (name, objective), which the re-check does not read at all.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { createApprovedRedactedText, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { portalRecipient } from "../recipient";
import { peekPreparedDownload, preparedDownloadFor, type PreparedOutcome } from "./fetch-prepared-download";
import { requestCampaignKit, requestItemPdf } from "./prepare-in-background";
import { waitForJob } from "./wait-for-prepared";

const jobs = vi.hoisted(() => ({ embedded: true }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/env")>();
  return { ...actual, databaseMode: (...args: Parameters<typeof actual.databaseMode>) => (jobs.embedded ? "pglite" : actual.databaseMode(...args)) };
});

beforeEach(() => {
  jobs.embedded = true;
});
afterEach(async () => {
  jobs.embedded = true;
  await stopJobWorkers();
});

// Invented: no such place is known to anyone.
const PLACE = "Kani Masi";

async function sharedPublishedItem(texts: { body: string; campaignName: string }) {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  const passage = await createApprovedRedactedText(editor, reviewer);
  const item = await db().contentItem.create({
    data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "We found hunger", body: texts.body, createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 3, approvedVersion: 3 },
  });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 10 } });
  const campaign = await db().campaign.create({ data: { name: texts.campaignName, objective: "o", createdById: editor.id } });
  await db().campaignItem.create({ data: { campaignId: campaign.id, itemId: item.id } });
  await db().campaignPartner.create({ data: { campaignId: campaign.id, partnerOrgId: org.id } });
  return { editor, passage, item, campaign, recipient: portalRecipient(partner)! };
}

async function finished(jobId: string) {
  expect(await waitForJob(jobId, { waitMs: 60_000 })).toBe(true);
}

async function bytesOf(body: Buffer | ReadableStream<Uint8Array>): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return Buffer.concat(chunks);
}

/** What left, said so a failing test shows whether the identifier went with it. */
async function whatLeft(outcome: PreparedOutcome): Promise<string> {
  if (outcome.state !== "ready") return outcome.state;
  const bytes = await bytesOf(outcome.file.body);
  return `ready: ${outcome.file.fileName} (${bytes.length} bytes)`;
}

describe("a prepared file fetched after an identifier it carries was learned", () => {
  it.each([
    ["kit", requestCampaignKit],
    ["PDF", requestItemPdf],
  ] as const)("is not handed out while the re-check that would suspend its item is still queued (%s)", async (_kind, request) => {
    const body = `They promised salaries in ${PLACE}. Nobody got them.`;
    const w = await sharedPublishedItem({ body, campaignName: "Hunger, not a caliphate" });
    const jobId = await request(w.recipient, _kind === "kit" ? w.campaign.id : w.item.id, rid());
    await finished(jobId);

    // PostgreSQL: the re-check waits in the queue for a worker (a busy queue, a web-only instance)
    jobs.embedded = false;
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: w.item.id } })).suspendedAt).toBeNull();

    expect(await whatLeft(await preparedDownloadFor(w.recipient, jobId))).toBe("refused");
  });

  it("is not handed out, nor named on its page, when the campaign's name now matches (the re-check reads items only)", async () => {
    const w = await sharedPublishedItem({ body: "They promised salaries. Nobody got them.", campaignName: `Leaving ${PLACE}` });
    const jobId = await requestCampaignKit(w.recipient, w.campaign.id, rid());
    await finished(jobId);

    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
    const run = await db().recheckRun.findFirst({ where: { sourceId: w.passage.sourceId }, orderBy: { createdAt: "desc" } });
    if (run?.jobId) await finished(run.jobId);

    const peeked = await peekPreparedDownload(w.recipient, jobId);
    expect(peeked.state === "ready" ? `ready: ${peeked.prepared.fileName}` : peeked.state).toBe("refused");
    expect(await whatLeft(await preparedDownloadFor(w.recipient, jobId))).toBe("refused");
    // asked again, the kit is made and checked afresh: the campaign is withheld
    const again = await requestCampaignKit(w.recipient, w.campaign.id, rid());
    await finished(again);
    expect(await whatLeft(await preparedDownloadFor(w.recipient, again))).toBe("not-found");
  });
});

describe("a prepared file fetched after its item was taken back, edited and published again", () => {
  it.each([
    ["kit", requestCampaignKit],
    ["PDF", requestItemPdf],
  ] as const)("is not handed out with the words the editors took out (%s)", async (kind, request) => {
    const w = await sharedPublishedItem({ body: "They promised salaries. The medic with the burn scar on his left hand got nothing.", campaignName: "Hunger, not a caliphate" });
    const jobId = await request(w.recipient, kind === "kit" ? w.campaign.id : w.item.id, rid());
    await finished(jobId);

    // reopened, the distinctive mark taken out, reviewed and published again within the hour
    await db().contentItem.update({ where: { id: w.item.id }, data: { body: "They promised salaries. Nobody got them.", version: 5, approvedVersion: 5, publishedAt: new Date() } });

    expect(await whatLeft(await preparedDownloadFor(w.recipient, jobId))).toBe("refused");
  });
});

describe("a prepared kit fetched after its campaign was renamed", () => {
  it("is not handed out with the name the editors replaced", async () => {
    const w = await sharedPublishedItem({ body: "They promised salaries. Nobody got them.", campaignName: "The medics of the old bakery ward" });
    const jobId = await requestCampaignKit(w.recipient, w.campaign.id, rid());
    await finished(jobId);

    // the name pointed at one hospital ward: renamed, still shared
    await db().campaign.update({ where: { id: w.campaign.id }, data: { name: "Hunger, not a caliphate", version: { increment: 1 } } });

    expect(await whatLeft(await preparedDownloadFor(w.recipient, jobId))).toBe("refused");
  });
});

describe("the page of a prepared PDF whose item was suspended since", () => {
  it("does not offer the file by its name, which is the item's title (a suspended item's title is never shown)", async () => {
    const w = await sharedPublishedItem({ body: "They promised salaries. Nobody got them.", campaignName: "Hunger, not a caliphate" });
    const jobId = await requestItemPdf(w.recipient, w.item.id, rid());
    await finished(jobId);

    await db().contentItem.update({ where: { id: w.item.id }, data: { suspendedAt: new Date() } });

    const peeked = await peekPreparedDownload(w.recipient, jobId);
    expect(peeked.state === "ready" ? `ready: ${peeked.prepared.fileName}` : peeked.state).toBe("refused");
  });
});
