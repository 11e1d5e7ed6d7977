// Publishing makes the approved version available to partners; the leak guard, the
// consent check and the disclosure budgets run again, since dictionaries, consents and
// other publications about the same sources may have changed since approval (and testimony
// approved since may be found pasted in it). Every source's consent must cover sharing with
// partner organisations.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidTransition } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { assertConsentAllows, assertNamesChannel } from "./consent-check";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";
import { loadItemForChange } from "./content-records";
import { assertNoLeaks, prepareReleaseForms } from "./leak-guard";
import { assertDisclosureAllowsPublication } from "@/lib/disclosure/assert-disclosure-allows";
import { ItemTransitionInput } from "./schemas";
import { queueAssetEventForReachers } from "@/lib/notices/webhooks/asset-events";
import { kickNotices } from "@/lib/notices/kick-notices";

export async function publishItem(actor: Actor, raw: ItemTransitionInput, requestId: string): Promise<void> {
  assertCan(actor, "content:publish");
  const input = parseInput(ItemTransitionInput, raw);
  // Rendering every delivered form takes a while; it is done before the transaction.
  const forms = await prepareReleaseForms(db(), input.itemId);
  await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "publish");
    if (item.approvedVersion !== item.version) throw new InvalidTransition(m("content.errors.onlyApprovedVersion"));
    assertNamesChannel(item, "published");
    await assertNoLeaks(tx, forms, item.version, "published");
    await linkPastedTestimony(tx, item.id);
    await assertConsentAllows(tx, item.id, "published");
    const disclosure = await assertDisclosureAllowsPublication(tx, item.id);
    await changeState(tx, item, next, { publishedAt: new Date() });
    // Published before (then reopened, fixed and approved again): partners get the new version.
    const republished = (await tx.auditEvent.count({ where: { action: "content.published", targetType: "content", targetId: item.id } })) > 0;
    await queueAssetEventForReachers(tx, item.id, republished ? "asset.updated" : "asset.published");
    await recordAuditEvent(tx, { actor, action: "content.published", target: { type: "content", id: item.id }, requestId, details: { version: item.version, ...(disclosure ? { disclosure } : {}) } });
  });
  kickNotices();
}
