// Restores an old version's text and settings as a new version; history is never rewritten.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "./content-records";
import { RestoreVersionInput } from "./schemas";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";

export async function restoreVersion(actor: Actor, raw: RestoreVersionInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(RestoreVersionInput, raw);
  return db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "edit");
    const old = await tx.contentVersion.findUnique({ where: { itemId_number: { itemId: item.id, number: input.number } } });
    if (!old) throw new NotFound(m("content.errors.noSuchVersion"));
    const themeIds = (await tx.theme.findMany({ where: { id: { in: old.themeIds } }, select: { id: true } })).map((t) => t.id);
    await bumpVersion(tx, item.id, input.expectedVersion, {
      type: old.type,
      language: old.language,
      title: old.title,
      body: old.body,
      audiences: old.audiences,
      channels: old.channels,
      state: next,
      ...reopenIfApproved(item.state),
    });
    await tx.contentTheme.deleteMany({ where: { itemId: item.id } });
    if (themeIds.length > 0) await tx.contentTheme.createMany({ data: themeIds.map((themeId) => ({ itemId: item.id, themeId })) });
    await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    const version = input.expectedVersion + 1;
    await recordAuditEvent(tx, { actor, action: "content.restored", target: { type: "content", id: item.id }, requestId, details: { from: input.number, version } });
    return { version };
  });
}
