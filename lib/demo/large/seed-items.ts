// Invented content items for the large dataset, in every state and type, with their versions,
// themes, quotes of approved seed testimony, review assignments, the campaigns holding them
// (one per 250 items, shared with two seed partner organisations) and partner downloads of
// published items. Plain rows, batched: nothing here is sealed. One transaction per batch,
// so a stopped run resumes at the next item.
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import type { ContentState } from "@/lib/db/generated/client";
import { seededRandom, type Random } from "@/lib/leak-guard/testing/prng";
import { newReference } from "@/lib/delivery/fingerprint";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";
import { itemBody, itemTitle, pickLanguage } from "./fictional-text";
import { loadQuotePool, type Passage } from "./quote-pool";
import type { SeedPeople } from "./seed-people";
import type { KindProgress } from "./seed-progress";

const BATCH = 500;
export const ITEMS_PER_CAMPAIGN = 250;
const DAY = 86_400_000;

function itemState(roll: number): ContentState {
  if (roll < 0.25) return "DRAFT";
  if (roll < 0.35) return "IN_REVIEW";
  if (roll < 0.4) return "CHANGES_REQUESTED";
  if (roll < 0.5) return "APPROVED";
  if (roll < 0.95) return "PUBLISHED";
  return "RETIRED";
}

export async function countSeedItems(people: SeedPeople): Promise<number> {
  return db().contentItem.count({ where: { createdById: { in: people.editors } } });
}

async function ensureCampaign(tx: Tx, people: SeedPeople, index: number): Promise<string> {
  const name = `Seed campaign ${index + 1}`;
  const found = await tx.campaign.findFirst({ where: { name, createdById: { in: people.editors } }, select: { id: true } });
  if (found) return found.id;
  const { id } = await tx.campaign.create({
    data: { name, objective: "Show recruits what the group's promises were worth.", audiences: ["youth"], regions: ["north-africa"], languages: ["en", "ar", "fr"], channels: ["SOCIAL"], createdById: people.editors[index % people.editors.length]! },
    select: { id: true },
  });
  const orgs = [...new Set([people.partners[index % people.partners.length]!.orgId, people.partners[(index + 7) % people.partners.length]!.orgId])];
  await tx.campaignPartner.createMany({ data: orgs.map((partnerOrgId) => ({ campaignId: id, partnerOrgId })) });
  return id;
}

function draftItem(random: Random, ordinal: number, people: SeedPeople, pool: Passage[]) {
  const language = pickLanguage(random);
  const candidates = pool.filter((p) => p.language === language);
  const quote = candidates.length && random.chance(0.3) ? random.pick(candidates) : null;
  const body = quote ? `> ${quote.text}\n\n${itemBody(random, language)}` : itemBody(random, language);
  const state = itemState(random.next());
  const version = random.int(1, 4);
  const createdAt = new Date(Date.UTC(2024, 0, 1) + (ordinal % 700) * DAY + random.int(0, DAY - 1));
  return {
    id: randomUUID(), ordinal, language, state, version, quote, createdAt, body,
    title: itemTitle(random, language, ordinal + 1),
    type: CONTENT_TYPES[ordinal % CONTENT_TYPES.length]!,
    editorId: people.editors[ordinal % people.editors.length]!,
    reviewerId: people.reviewers[ordinal % people.reviewers.length]!,
    themeId: people.themeIds[ordinal % people.themeIds.length]!,
    download: state === "PUBLISHED" && random.chance(0.4),
  };
}

async function writeBatch(tx: Tx, people: SeedPeople, items: ReturnType<typeof draftItem>[]): Promise<void> {
  const approvedStates: ContentState[] = ["APPROVED", "PUBLISHED", "RETIRED"];
  await tx.contentItem.createMany({
    data: items.map((i) => {
      const approved = approvedStates.includes(i.state);
      return {
        id: i.id, type: i.type, state: i.state, language: i.language, title: i.title, body: i.body, audiences: ["youth"], channels: ["SOCIAL", "WEB"],
        version: i.version, createdById: i.editorId, createdAt: i.createdAt, submitterIds: i.state === "DRAFT" ? [] : [i.editorId],
        approvedVersion: approved ? i.version : null, approvedById: approved ? i.reviewerId : null, approvedAt: approved ? i.createdAt : null,
        publishedAt: i.state === "PUBLISHED" || i.state === "RETIRED" ? i.createdAt : null,
        retiredAt: i.state === "RETIRED" ? i.createdAt : null, retiredReason: i.state === "RETIRED" ? "Out of date." : null,
      };
    }),
  });
  await tx.contentVersion.createMany({
    data: items.flatMap((i) => Array.from({ length: i.version }, (_, n) => ({
      itemId: i.id, number: n + 1, type: i.type, language: i.language, title: i.title, body: i.body, themeIds: [i.themeId], audiences: ["youth"], channels: ["SOCIAL", "WEB"], quoteIds: [], attachmentIds: [], editedById: i.editorId, createdAt: i.createdAt,
    }))),
  });
  await tx.contentTheme.createMany({ data: items.map((i) => ({ itemId: i.id, themeId: i.themeId })) });
  const quoted = items.filter((i) => i.quote);
  await tx.contentQuote.createMany({ data: quoted.map((i) => ({ itemId: i.id, redactedTextId: i.quote!.redactedTextId, sourceId: i.quote!.sourceId, start: i.quote!.start, end: i.quote!.end })) });
  await tx.reviewAssignment.createMany({ data: items.filter((i) => i.state !== "DRAFT").map((i) => ({ reviewerId: i.reviewerId, assignedById: i.editorId, itemId: i.id })), skipDuplicates: true });
  const campaigns = new Map<number, string>();
  for (const i of items) {
    const index = Math.floor(i.ordinal / ITEMS_PER_CAMPAIGN);
    if (!campaigns.has(index)) campaigns.set(index, await ensureCampaign(tx, people, index));
  }
  await tx.campaignItem.createMany({ data: items.map((i) => ({ campaignId: campaigns.get(Math.floor(i.ordinal / ITEMS_PER_CAMPAIGN))!, itemId: i.id, position: i.ordinal % ITEMS_PER_CAMPAIGN })) });
  await tx.download.createMany({
    data: items.filter((i) => i.download).map((i) => {
      const partner = people.partners[Math.floor(i.ordinal / ITEMS_PER_CAMPAIGN) % people.partners.length]!;
      return { itemId: i.id, itemVersion: i.version, userId: partner.userId, partnerOrgId: partner.orgId, format: "pdf", reference: newReference(), createdAt: new Date(i.createdAt.getTime() + DAY) };
    }),
    skipDuplicates: true,
  });
}

export async function seedItems(people: SeedPeople, target: number, progress: KindProgress): Promise<number> {
  const existing = await countSeedItems(people);
  progress.start(existing, target);
  if (existing >= target) return 0;
  const pool = await loadQuotePool(400);
  for (let from = existing; from < target; from += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, target - from) }, (_, n) => draftItem(seededRandom((from + n) * 104_729 + 3), from + n, people, pool));
    await db().$transaction((tx) => writeBatch(tx, people, items), { timeout: 120_000, maxWait: 30_000 });
    progress.advance(items.length);
  }
  return target - existing;
}
