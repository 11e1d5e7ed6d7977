import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { lockIndexWriters } from "@/lib/leak-guard/identifier-index/source-index";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "./team/assert-source-access";
import { RemoveDictionaryEntryInput } from "./schemas";
import { readSourceDictionary, type DictionaryEntryView } from "./read-source-dictionary";
import { m } from "@/lib/i18n/translate";

/** Removes one identifier of this source (scoped by both ids) and returns the remaining dictionary. */
export async function removeDictionaryEntry(
  actor: Actor,
  raw: { sourceId: string; entryId: string },
  requestId: string,
): Promise<DictionaryEntryView[]> {
  assertCan(actor, "sources:edit");
  const input = parseInput(RemoveDictionaryEntryInput, raw);
  await assertSourceAccess(actor, "sources:edit", input.sourceId, requestId);
  return db().$transaction(async (tx) => {
    // the cascade writes the index: its writers take this lock first (source-index.ts)
    await lockIndexWriters(tx);
    const removed = await tx.dictionaryEntry.deleteMany({ where: { id: input.entryId, sourceId: input.sourceId } });
    if (removed.count !== 1) throw new NotFound(m("sources.errors.entryGone"));
    await recordAuditEvent(tx, {
      actor,
      action: "source.dictionary-changed",
      target: { type: "source", id: input.sourceId },
      requestId,
      details: { change: "removed", entryId: input.entryId },
    });
    // The whole dictionary goes back to the editor's screen: that is a view of identifiers.
    await recordAuditEvent(tx, { actor, action: "source.identifiers-viewed", target: { type: "source", id: input.sourceId }, requestId, details: { via: "dictionary-removed" } });
    return readSourceDictionary(tx, input.sourceId);
  });
}
