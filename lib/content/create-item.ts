// A new content item: version 1, in DRAFT, snapshotted like every later save, with any
// testimony pasted into it linked to its source.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { assertThemesExist, snapshotVersion } from "./content-records";
import { CreateItemInput } from "./schemas";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";

export async function createItem(actor: Actor, raw: CreateItemInput, requestId: string): Promise<{ id: string; version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(CreateItemInput, raw);
  return db().$transaction(async (tx) => {
    await assertThemesExist(tx, input.themeIds);
    const item = await tx.contentItem.create({
      data: {
        type: input.type,
        title: input.title,
        body: input.body,
        language: input.language,
        audiences: input.audiences,
        channels: input.channels,
        internalNotes: input.internalNotes ?? null,
        createdById: actor.id,
        themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
      },
    });
    const pasted = await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    await recordAuditEvent(tx, { actor, action: "content.created", target: { type: "content", id: item.id }, requestId, details: { type: input.type, language: input.language, pastedFrom: pasted.map((s) => s.sourceId) } });
    return { id: item.id, version: item.version };
  });
}
