// Who may decide on a redaction or an item: the reviewers assigned to it, never one of its
// authors. Authors are people (user ids), so the rule holds after an author becomes a reviewer.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { ReviewAccess } from "@/lib/auth/policy";

export async function redactionReviewAccess(client: Db | Tx, redaction: { id: string; editorIds: readonly string[] }): Promise<ReviewAccess> {
  const rows = await client.reviewAssignment.findMany({ where: { redactionId: redaction.id }, select: { reviewerId: true } });
  return { authorIds: redaction.editorIds, assigneeIds: rows.map((r) => r.reviewerId) };
}

/** Everyone who saved a version of the item or submitted it for review. */
export async function itemReviewAccess(client: Db | Tx, itemId: string): Promise<ReviewAccess> {
  const [versions, item, rows] = await Promise.all([
    client.contentVersion.findMany({ where: { itemId }, select: { editedById: true }, distinct: ["editedById"] }),
    client.contentItem.findUnique({ where: { id: itemId }, select: { createdById: true, submitterIds: true } }),
    client.reviewAssignment.findMany({ where: { itemId }, select: { reviewerId: true } }),
  ]);
  const authorIds = new Set([...versions.map((v) => v.editedById), ...(item?.submitterIds ?? []), ...(item ? [item.createdById] : [])]);
  return { authorIds: [...authorIds], assigneeIds: rows.map((r) => r.reviewerId) };
}

export async function itemAssigneeIds(client: Db | Tx, itemId: string): Promise<string[]> {
  return (await client.reviewAssignment.findMany({ where: { itemId }, select: { reviewerId: true } })).map((r) => r.reviewerId);
}
