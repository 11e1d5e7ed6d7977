// Everything the item page shows: the item, its themes, quotes (with source codes, never
// source identity) picked or found pasted, attachments (metadata only), comments, and the
// live release checks.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Actor } from "@/lib/auth/policy";
import { checkItemConsent } from "./consent-check";
import { itemVisibleTo } from "./item-access";
import { itemReviewAccess } from "@/lib/reviews/review-access";
import { releasableFields } from "./leak-guard";
import { itemLeaksForDisplay } from "./item-leak-verdicts";
import type { ItemText } from "./pasted-testimony/match-passages";
import { assessItemDisclosure } from "@/lib/disclosure/assess-item-disclosure";
import { pastedSources, placesOfLinkedTestimony, type PastedSource } from "./pasted-testimony/link-pasted-testimony";

export async function getItem(actor: Actor, itemId: string) {
  assertCan(actor, "content:view");
  // A reviewer reads only the items assigned to them: to anyone else an item is not there.
  if (!(await itemVisibleTo(db(), actor, itemId))) return null;
  const item = await db().contentItem.findUnique({
    where: { id: itemId },
    include: {
      themes: { select: { theme: { select: { id: true, name: true } } } },
      quotes: { orderBy: { createdAt: "asc" }, select: { id: true, sourceId: true, usage: true, start: true, end: true, redactedTextId: true, detected: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, mimeType: true, size: true, width: true, height: true, altText: true, caption: true, imageText: true } },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, authorId: true, body: true, version: true, createdAt: true } },
    },
  });
  if (!item) return null;
  const people = await db().user.findMany({ where: { id: { in: [...new Set([...item.comments.map((c) => c.authorId), item.createdById, item.approvedById ?? ""])] } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const codes = new Map((await db().source.findMany({ where: { id: { in: item.quotes.map((q) => q.sourceId) } }, select: { id: true, code: true } })).map((s) => [s.id, s.code]));
  const fields = await releasableFields(db(), item.id);
  // editors see what would block their item while they write it, reviewers while they review
  const checksMatter = ["DRAFT", "CHANGES_REQUESTED", "IN_REVIEW", "APPROVED"].includes(item.state) || item.suspendedAt !== null;
  // Quasi-identifiers are shown while the item can still change or be approved, so editors see them before submitting.
  const disclosureMatters = ["DRAFT", "CHANGES_REQUESTED", "IN_REVIEW", "APPROVED"].includes(item.state);
  const [leaks, consentProblems, reviewAccess, disclosure, pasted] = await Promise.all([
    checksMatter ? itemLeaksForDisplay(db(), fields) : Promise.resolve([]),
    checkItemConsent(db(), item.id),
    itemReviewAccess(db(), item.id),
    disclosureMatters ? assessItemDisclosure(db(), item.id, actor.id) : Promise.resolve(null),
    pastedFrom(item.id, fields, item.quotes, codes),
  ]);
  return {
    id: item.id,
    type: item.type,
    state: item.state,
    language: item.language,
    title: item.title,
    body: item.body,
    internalNotes: item.internalNotes,
    audiences: item.audiences,
    channels: item.channels,
    version: item.version,
    approvedVersion: item.approvedVersion,
    approvedBy: item.approvedById ? (nameOf.get(item.approvedById) ?? null) : null,
    retiredReason: item.retiredReason,
    suspendedAt: item.suspendedAt,
    suspendedReason: item.suspendedReason,
    createdBy: nameOf.get(item.createdById) ?? "unknown",
    themes: item.themes.map((t) => t.theme),
    quotes: item.quotes.filter((q) => !q.detected).map((q) => ({ ...q, sourceCode: codes.get(q.sourceId) ?? "?" })),
    pasted,
    attachments: item.attachments,
    comments: item.comments.map((c) => ({ ...c, author: nameOf.get(c.authorId) ?? "unknown" })),
    fields,
    leaks,
    consentProblems,
    mayApprove: can(actor, "content:review", reviewAccess),
    disclosure,
    mayAcknowledge: item.state === "IN_REVIEW" && can(actor, "disclosure:acknowledge") && can(actor, "content:review", reviewAccess),
  };
}

export type ItemView = NonNullable<Awaited<ReturnType<typeof getItem>>>;

/** The sources of the item's detected links, each with where the item repeats its testimony now. */
async function pastedFrom(itemId: string, fields: readonly ItemText[], quotes: { sourceId: string; redactedTextId: string; detected: boolean }[], codes: Map<string, string>): Promise<PastedSource[]> {
  const detected = quotes.filter((q) => q.detected);
  if (detected.length === 0) return [];
  const live = await pastedSources(db(), await placesOfLinkedTestimony(db(), itemId, fields, detected.map((q) => q.redactedTextId)));
  return [...new Set(detected.map((q) => q.sourceId))]
    .map((sourceId) => ({ sourceId, sourceCode: codes.get(sourceId) ?? "?", places: live.find((s) => s.sourceId === sourceId)?.places ?? [] }))
    .sort((a, b) => a.sourceCode.localeCompare(b.sourceCode));
}

/** The latest saved version, for showing "theirs" beside an edit that lost a race. */
export async function latestVersionOf(actor: Actor, itemId: string) {
  assertCan(actor, "content:view");
  if (!(await itemVisibleTo(db(), actor, itemId))) return null;
  return db().contentItem.findUnique({ where: { id: itemId }, select: { version: true, title: true, body: true, state: true } });
}
