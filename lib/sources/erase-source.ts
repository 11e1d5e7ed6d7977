// Crypto-shredding: an admin erases a source. In one transaction its data key is destroyed
// (so every ciphertext sealed under it is noise for good) and every artefact derived from
// its words or identity is deleted: transcripts, media, redactions and their reviews,
// approved redacted texts (and with them their full-text index entries), the shingles of
// pasted-testimony detection, the dictionary, the leak guard's blind-index rows, the real
// name, notes, pseudonym and consent. Items quoting the source are retired, so partners who
// downloaded them see a withdrawal notice, and their bodies (every version) are replaced by a note. The row stays as a tombstone (code, risk, who
// erased it, when and why) so audit events that name it keep their meaning; audit events
// are never touched (they hold no identifiers). Media files are deleted from storage after the
// commit (sealed under the destroyed key, they were noise already). Backups: see README "Erasure and backups".
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { lockIndexWriters } from "@/lib/leak-guard/identifier-index/source-index";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, InvalidTransition, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { keyProvider } from "@/lib/crypto/source-keys";
import { INDEX_FORMAT } from "@/lib/leak-guard/identifier-index/source-index";
import { retireItemsDerivedFromSource, SOURCE_ERASED_REASON } from "@/lib/content/retire-items-derived-from-source";
import { blankItemsQuotingSource } from "@/lib/content/blank-items-quoting-source";
import { linkItemsRepeatingSource } from "@/lib/content/texts-repeating-source";
import { assertReasonNamesNoOne } from "@/lib/audit/assert-reason-names-no-one";
import { EraseSourceInput } from "./schemas";
import { kickNotices } from "@/lib/notices/kick-notices";
import { deleteBlobsQuietly } from "@/lib/storage/delete-blobs";
import { removeStagingFile } from "@/lib/testimony/uploads/staging-file";
import { m } from "@/lib/i18n/translate";

/** The erased source's media in storage, and its uploads in progress. */
async function deleteErasedFiles(files: { blobs: (string | null)[]; staged: string[] }): Promise<void> {
  await deleteBlobsQuietly(files.blobs);
  for (const id of files.staged) await removeStagingFile(id).catch(() => undefined);
}

export type ErasureResult = { code: string; retiredItems: number; erasedUnderKeyId: string };

export async function eraseSource(actor: Actor, raw: EraseSourceInput, requestId: string): Promise<ErasureResult> {
  assertCan(actor, "sources:erase");
  const input = parseInput(EraseSourceInput, raw);
  const result = await db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Source" WHERE "id" = ${input.sourceId} FOR UPDATE`;
      // before the audit chain's lock (retiring items audits): every index writer takes this one first
      await lockIndexWriters(tx);
      const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, code: true, erasedAt: true, masterKeyId: true } });
      if (!source) throw new NotFound(m("sources.errors.noSuchSource"));
      if (source.erasedAt) throw new InvalidTransition(m("sources.errors.alreadyErased", { code: source.code }));
      if (input.confirmCode !== source.code) {
        throw new InvalidInput(m("sources.errors.wrongCode"), { confirmCode: [m("sources.errors.typeCodeExactly", { code: source.code })] });
      }
      // The reason stays on the tombstone after the key that could hide it is gone.
      await assertReasonNamesNoOne(tx, input.reason);
      const sourceId = source.id;
      const testimonyIds = (await tx.testimony.findMany({ where: { sourceId }, select: { id: true } })).map((t) => t.id);
      // An item saved before the testimony it repeats was approved was never linked to it: it is now.
      await linkItemsRepeatingSource(tx, sourceId);
      // Their files are deleted from storage once this commits (the data key goes with it anyway).
      const mediaKeys = (await tx.testimonyMedia.findMany({ where: { testimonyId: { in: testimonyIds } }, select: { storageKey: true } })).map((m) => m.storageKey);
      const uploads = await tx.mediaUpload.findMany({ where: { sourceId }, select: { id: true, storageKey: true } });
      const retiredItems = await retireItemsDerivedFromSource(tx, sourceId, actor, requestId, SOURCE_ERASED_REASON);
      const blanked = await blankItemsQuotingSource(tx, sourceId);
      // a long transcript's findings (lib/redaction/stored-analysis.ts): unreadable once the key goes, removed with it
      await tx.storedAnalysis.deleteMany({ where: { testimonyId: { in: testimonyIds } } });
      const removed = {
        itemBodies: blanked.items,
        itemVersionBodies: blanked.versions,
        shingles: (await tx.testimonyShingle.deleteMany({ where: { sourceId } })).count,
        redactedTexts: (await tx.redactedText.deleteMany({ where: { OR: [{ sourceId }, { testimonyId: { in: testimonyIds } }] } })).count,
        uploads: (await tx.mediaUpload.deleteMany({ where: { sourceId } })).count,
        media: (await tx.testimonyMedia.deleteMany({ where: { testimonyId: { in: testimonyIds } } })).count,
        redactions: (await tx.redaction.deleteMany({ where: { testimonyId: { in: testimonyIds } } })).count,
        testimonies: (await tx.testimony.deleteMany({ where: { sourceId } })).count,
        indexRows: (await tx.identifierIndexEntry.deleteMany({ where: { sourceId } })).count,
        dictionaryEntries: (await tx.dictionaryEntry.deleteMany({ where: { sourceId } })).count,
        consent: (await tx.consent.deleteMany({ where: { sourceId } })).count,
      };
      const erasedUnderKeyId = source.masterKeyId ?? keyProvider().currentKeyId;
      await tx.source.update({
        where: { id: sourceId },
        data: {
          wrappedKey: null,
          masterKeyId: null,
          realNameEnc: null,
          notesEnc: null,
          pseudonym: null,
          // nothing left to index, now or after a format change
          indexFormat: INDEX_FORMAT,
          erasedAt: new Date(),
          erasedById: actor.id,
          erasureReason: input.reason,
          erasedUnderKeyId,
          version: { increment: 1 },
        },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "source.erased",
        target: { type: "source", id: sourceId },
        requestId,
        details: { code: source.code, retiredItems, erasedUnderKeyId, ...removed },
      });
      return { code: source.code, retiredItems, erasedUnderKeyId, files: { blobs: [...mediaKeys, ...uploads.map((u) => u.storageKey)], staged: uploads.map((u) => u.id) } };
    },
    { timeout: 60_000 },
  );
  await deleteErasedFiles(result.files);
  // the take-down notices of the retired items
  kickNotices();
  return { code: result.code, retiredItems: result.retiredItems, erasedUnderKeyId: result.erasedUnderKeyId };
}
