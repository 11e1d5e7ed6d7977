import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertSourceAccess } from "./team/assert-source-access";
import { AddDictionaryEntryInput } from "./schemas";
import { readSourceDictionary, type DictionaryEntryView } from "./read-source-dictionary";
import { cipherForSource, dictionaryField } from "./source-records";
import { rebuildSourceIndex } from "@/lib/leak-guard/identifier-index/source-index";
import { dispatchRecheck, requestRecheck } from "@/lib/leak-guard/recheck/recheck-published";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { m } from "@/lib/i18n/translate";

/** Adds an identifier (sealed under the source's key) and returns the whole dictionary. */
export async function addDictionaryEntry(actor: Actor, raw: AddDictionaryEntryInput, requestId: string): Promise<DictionaryEntryView[]> {
  assertCan(actor, "sources:edit");
  const input = parseInput(AddDictionaryEntryInput, raw);
  await assertSourceAccess(actor, "sources:edit", input.sourceId, requestId);
  const variants = input.variants.filter((v) => v.toLocaleLowerCase() !== input.text.toLocaleLowerCase());
  await loadGuardWords();
  const { entries, runId } = await db().$transaction(async (tx) => {
    const cipher = await cipherForSource(tx, input.sourceId);
    const existing = await readSourceDictionary(tx, input.sourceId);
    if (existing.some((e) => e.text.toLocaleLowerCase() === input.text.toLocaleLowerCase())) {
      throw new InvalidInput(m("sources.errors.alreadyInDictionary"), { text: [m("sources.errors.alreadyInDictionaryField")] });
    }
    const id = randomUUID();
    await tx.dictionaryEntry.create({
      data: { id, sourceId: input.sourceId, entryEnc: cipher.sealJson(dictionaryField(id), { text: input.text, type: input.type, variants }) },
    });
    await rebuildSourceIndex(tx, input.sourceId);
    // published items may already carry the new identifier: they are checked again
    const runId = await requestRecheck(tx, { trigger: "DICTIONARY_ENTRY_ADDED", sourceId: input.sourceId, actor, requestId });
    await recordAuditEvent(tx, {
      actor,
      action: "source.dictionary-changed",
      target: { type: "source", id: input.sourceId },
      requestId,
      details: { change: "added", entryId: id, type: input.type, variants: variants.length },
    });
    // The whole dictionary goes back to the editor's screen: that is a view of identifiers.
    await recordAuditEvent(tx, { actor, action: "source.identifiers-viewed", target: { type: "source", id: input.sourceId }, requestId, details: { via: "dictionary-added" } });
    return { entries: await readSourceDictionary(tx, input.sourceId), runId };
  });
  await dispatchRecheck(runId);
  return entries;
}
