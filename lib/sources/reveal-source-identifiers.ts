import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { NotFound } from "@/lib/errors";
import { readSourceDictionary, type DictionaryEntryView } from "./read-source-dictionary";
import { noSuchSource, SOURCE_FIELDS } from "./source-records";
import { assertSourceAccess } from "./team/assert-source-access";

export type SourceIdentifiers = { realName: string | null; notes: string | null; dictionary: DictionaryEntryView[]; version: number };

/** The explicit "Show identifiers" step, for the source's team only: decrypts real name, notes and dictionary, and records who looked. */
export async function revealSourceIdentifiers(actor: Actor, sourceId: string, requestId: string): Promise<SourceIdentifiers> {
  assertCan(actor, "sources:reveal");
  await assertSourceAccess(actor, "sources:reveal", sourceId, requestId);
  return db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true, realNameEnc: true, notesEnc: true, version: true } });
    if (!source) throw new NotFound(noSuchSource());
    const cipher = sourceCipher(source);
    const dictionary = await readSourceDictionary(tx, source.id);
    await recordAuditEvent(tx, {
      actor,
      action: "source.identifiers-viewed",
      target: { type: "source", id: source.id },
      requestId,
      details: { dictionaryEntries: dictionary.length, ...(actor.role === "ADMIN" ? { via: "emergency-access" } : {}) },
    });
    return {
      realName: source.realNameEnc ? cipher.openText(SOURCE_FIELDS.realName, source.realNameEnc) : null,
      notes: source.notesEnc ? cipher.openText(SOURCE_FIELDS.notes, source.notesEnc) : null,
      dictionary,
      version: source.version,
    };
  });
}
