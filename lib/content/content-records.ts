// Shared pieces of the content use cases: loading an item for a change, writing a version
// snapshot, and the messages both the domain and its tests rely on.
import "server-only";
import { m } from "@/lib/i18n/translate";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict, InvalidTransition, NotFound } from "@/lib/errors";
import { transitionOrReason, type ContentEvent, type ContentState } from "./content-states";

export const NO_SUCH_ITEM = "This content item does not exist.";

export function staleVersionMessage(current: number): string {
  return m("content.errors.stale", { version: current });
}

/** InvalidTransition's message: "An item that is retired cannot be published." */
function transitionRefusal(state: ContentState, event: ContentEvent): string {
  return m("content.errors.transition", { state: m(`content.statesLower.${state}`), event: event === "request-changes" ? "requestChanges" : event });
}

export async function loadItemForChange(tx: Tx, itemId: string, expectedVersion: number, event: ContentEvent) {
  const item = await tx.contentItem.findUnique({ where: { id: itemId }, include: { themes: { select: { themeId: true } } } });
  if (!item) throw new NotFound(m("content.errors.noSuchItem"));
  if (item.version !== expectedVersion) throw new Conflict(staleVersionMessage(item.version));
  const step = transitionOrReason(item.state as ContentState, event);
  if ("reason" in step) throw new InvalidTransition(transitionRefusal(item.state as ContentState, event));
  return { item, next: step.next };
}

/** Everyone who saved a version of the item: none of them may approve it. */
export async function itemEditorIds(tx: Tx, itemId: string): Promise<string[]> {
  const rows = await tx.contentVersion.findMany({ where: { itemId }, select: { editedById: true }, distinct: ["editedById"] });
  return rows.map((r) => r.editedById);
}

/** Snapshots the item as it now stands, numbered with its current version. */
export async function snapshotVersion(tx: Tx, itemId: string, editedById: string): Promise<void> {
  const item = await tx.contentItem.findUniqueOrThrow({
    where: { id: itemId },
    include: { themes: { select: { themeId: true } }, quotes: { select: { id: true } }, attachments: { select: { id: true } } },
  });
  await tx.contentVersion.create({
    data: {
      itemId,
      number: item.version,
      type: item.type,
      language: item.language,
      title: item.title,
      body: item.body,
      themeIds: item.themes.map((t) => t.themeId),
      audiences: item.audiences,
      channels: item.channels,
      quoteIds: item.quotes.map((q) => q.id),
      attachmentIds: item.attachments.map((a) => a.id),
      editedById,
    },
  });
}

/** Bumps the version only if nobody else did first; the loser gets the Conflict. */
export async function bumpVersion(tx: Tx, itemId: string, expectedVersion: number, data: Prisma.ContentItemUpdateManyMutationInput): Promise<void> {
  // A retired item stays retired: a save that read it before a consent withdrawal
  // committed must not bring it back as a draft.
  const updated = await tx.contentItem.updateMany({ where: { id: itemId, version: expectedVersion, state: { not: "RETIRED" } }, data: { ...data, version: { increment: 1 } } });
  if (updated.count !== 1) {
    const current = await tx.contentItem.findUnique({ where: { id: itemId }, select: { version: true, state: true } });
    if (current?.state === "RETIRED") throw new InvalidTransition(m("content.errors.retired"));
    throw new Conflict(staleVersionMessage(current?.version ?? expectedVersion + 1));
  }
}

/** Approval is pinned to a version: an edit of an approved item clears it (loadItemForChange has already moved the state to DRAFT). */
export function reopenIfApproved(state: string) {
  return state === "APPROVED" ? { approvedVersion: null, approvedById: null, approvedAt: null } : {};
}

export async function assertThemesExist(tx: Tx, themeIds: string[]): Promise<void> {
  if (themeIds.length === 0) return;
  const found = await tx.theme.count({ where: { id: { in: themeIds } } });
  if (found !== themeIds.length) throw new NotFound(m("content.errors.themeGone"));
}
