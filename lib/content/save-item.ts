// Saves an edit as a new version. Saving over a newer version is refused (nothing
// is overwritten); an edit of an approved item returns it to DRAFT. Testimony pasted into
// it is linked to its source, and the editor told which.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { assertThemesExist, bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "./content-records";
import { SaveItemInput } from "./schemas";
import { linkPastedTestimony, type PastedSource } from "./pasted-testimony/link-pasted-testimony";

export async function saveItem(actor: Actor, raw: SaveItemInput, requestId: string): Promise<{ version: number; state: string; pasted: PastedSource[] }> {
  assertCan(actor, "content:edit");
  const input = parseInput(SaveItemInput, raw);
  return db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "edit");
    await assertThemesExist(tx, input.themeIds);
    const reopened = item.state === "APPROVED";
    await bumpVersion(tx, item.id, input.expectedVersion, {
      type: input.type,
      title: input.title,
      body: input.body,
      language: input.language,
      audiences: input.audiences,
      channels: input.channels,
      internalNotes: input.internalNotes ?? null,
      state: next,
      ...reopenIfApproved(item.state),
    });
    await tx.contentTheme.deleteMany({ where: { itemId: item.id } });
    if (input.themeIds.length > 0) await tx.contentTheme.createMany({ data: input.themeIds.map((themeId) => ({ itemId: item.id, themeId })) });
    const pasted = await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    const version = input.expectedVersion + 1;
    await recordAuditEvent(tx, { actor, action: "content.saved", target: { type: "content", id: item.id }, requestId, details: { version, state: next, reopened, pastedFrom: pasted.map((s) => s.sourceId) } });
    return { version, state: next, pasted };
  });
}
