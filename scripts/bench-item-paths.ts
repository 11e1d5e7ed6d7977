// npm run bench:item-paths [-- --runs N] — times, on the database in use (seed it first with
// npm run seed:large), the server functions behind an item's page in every state (and their
// parts), one leak check, the partner portal and its item page, and the partner API list.
// Prints the median and the slowest of N runs per function after one warm-up run. Reads only,
// except the audit rows and rate-limit windows the portal writes as in real use.
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/with-database";
import type { Actor } from "@/lib/auth/policy";
import type { ContentState } from "@/lib/db/generated/client";
import { getItem } from "@/lib/content/get-item";
import { findLeaks, releasableFields } from "@/lib/content/leak-guard";
import { checkItemConsent } from "@/lib/content/consent-check";
import { assessItemDisclosure } from "@/lib/disclosure/assess-item-disclosure";
import { listThemes } from "@/lib/content/list-items";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { getPortalItem } from "@/lib/delivery/get-portal-item";
import { listPartnerAssets } from "@/lib/partner-api/list-assets";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { SEED_EMAIL_DOMAIN } from "@/lib/demo/large/seed-people";

const STATES: ContentState[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "RETIRED"];
const ACTOR = { id: true, email: true, name: true, role: true, partnerOrgId: true } as const;

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const began = performance.now();
    await fn();
    ms.push(performance.now() - began);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(8)} ms   max ${ms[ms.length - 1]!.toFixed(1).padStart(8)} ms`);
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
  const runs = Math.max(1, Number(values.runs) || 9);
  await withDatabase(async () => {
    const counts = { sources: await db().source.count(), indexRows: await db().identifierIndexEntry.count(), items: await db().contentItem.count() };
    console.log(`Database: ${counts.sources} sources (${counts.indexRows} index rows), ${counts.items} items; ${runs} runs each.`);
    const editor = await db().user.findFirstOrThrow({ where: { email: `editor1@${SEED_EMAIL_DOMAIN}` }, select: ACTOR }) as Actor;
    await loadGuardWords();
    for (const state of STATES) {
      // an item quoting testimony: the consent and disclosure checks have a source to look at
      const item = await db().contentItem.findFirst({ where: { state, quotes: { some: {} } }, select: { id: true } }) ?? await db().contentItem.findFirst({ where: { state }, select: { id: true } });
      if (!item) continue;
      await time(`getItem, ${state}`, runs, () => getItem(editor, item.id));
      if (state === "IN_REVIEW") {
        const assigned = await db().reviewAssignment.findFirstOrThrow({ where: { itemId: item.id }, select: { reviewerId: true } });
        const reviewer = await db().user.findUniqueOrThrow({ where: { id: assigned.reviewerId }, select: ACTOR }) as Actor;
        await time(`getItem, ${state}, as its reviewer`, runs, () => getItem(reviewer, item.id));
        const fields = await releasableFields(db(), item.id);
        await time("  leak check (findLeaks, title + body)", runs, () => findLeaks(db(), fields));
        await time("  consent check", runs, () => checkItemConsent(db(), item.id));
        await time("  disclosure assessment", runs, () => assessItemDisclosure(db(), item.id, reviewer.id));
        await time("  themes", runs, () => listThemes(editor));
        await time("  reviewer choices", runs, () => listReviewerChoices(editor, [editor.id]));
      }
    }
    const partner = await db().user.findFirstOrThrow({ where: { email: `partner1@${SEED_EMAIL_DOMAIN}` }, select: ACTOR }) as Actor;
    await time("portal: shared campaigns, page 1", runs, () => listSharedCampaigns(partner, 1, "bench-item-paths"));
    const shared = await db().contentItem.findFirst({ where: { state: "PUBLISHED", suspendedAt: null, campaigns: { some: { campaign: { partners: { some: { partnerOrgId: partner.partnerOrgId! } } } } } }, select: { id: true } });
    if (shared) await time("portal: item page", runs, () => getPortalItem(partner, shared.id, "bench-item-paths"));
    const caller = { tokenId: "bench", partnerOrgId: partner.partnerOrgId!, requestId: "bench-item-paths" };
    await time("API: list assets, first page", runs, () => listPartnerAssets(caller));
    const first = await listPartnerAssets(caller);
    const cursor = first === "invalid-cursor" ? undefined : (first.nextCursor ?? undefined);
    if (cursor) await time("API: list assets, next page by cursor", runs, () => listPartnerAssets(caller, { cursor }));
    await time("API: list assets, deprecated ?page=50", runs, () => listPartnerAssets(caller, { page: 50 }));
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:item-paths failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
