// A long transcript's findings, kept by the background job that made them (sealed with the
// source's key), so any instance opens its workspace without detecting again. Each stored
// analysis says which transcript and dictionary it answers (their digest, inside the seal):
// after either changes it no longer answers, and detection runs again.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { SourceCipher } from "@/lib/crypto/source-keys";
import type { DictionaryInput, TranscriptAnalysis } from "./analyse-transcript";
import { analysisKey } from "./off-thread/analysis-cache";
import { findIdentifiers, identifiersKnown, rememberIdentifiers } from "./find-identifiers";

const field = (testimonyId: string) => `testimony:${testimonyId}:analysis`;

type Sealed = { key: string; analysis: TranscriptAnalysis };

/** The stored findings if they answer this transcript and dictionary; null otherwise. */
export async function storedAnalysis(client: Db | Tx, testimonyId: string, cipher: SourceCipher, text: string, dictionary: readonly DictionaryInput[]): Promise<TranscriptAnalysis | null> {
  const row = await client.storedAnalysis.findUnique({ where: { testimonyId }, select: { analysisEnc: true } });
  if (!row) return null;
  const sealed = cipher.openJson<Sealed>(field(testimonyId), row.analysisEnc);
  return sealed.key === analysisKey(text, dictionary) ? sealed.analysis : null;
}

/**
 * Stores findings unless the testimony's source was erased since they were made: the source's
 * row is held (erasure locks it first) so an erasure either waits for this or removes it.
 */
export async function storeAnalysis(client: Db, testimonyId: string, cipher: SourceCipher, text: string, dictionary: readonly DictionaryInput[], analysis: TranscriptAnalysis): Promise<boolean> {
  const analysisEnc = cipher.sealJson(field(testimonyId), { key: analysisKey(text, dictionary), analysis } satisfies Sealed);
  return client.$transaction(async (tx) => {
    const live = await tx.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "Testimony" t JOIN "Source" s ON s."id" = t."sourceId"
      WHERE t."id" = ${testimonyId} AND s."wrappedKey" IS NOT NULL FOR SHARE OF s`;
    if (live.length === 0) return false;
    await tx.storedAnalysis.upsert({ where: { testimonyId }, create: { testimonyId, analysisEnc }, update: { analysisEnc } });
    return true;
  });
}

/**
 * Forgets every stored finding, at start-up (npm run db:migrate, npm start): the key names the
 * transcript and dictionary but not the detector, and a new release's detector may find what
 * the old one missed. Long transcripts are analysed again, once, when next opened.
 */
export async function forgetStoredAnalyses(client: Db): Promise<number> {
  return (await client.storedAnalysis.deleteMany({})).count;
}

/** Findings from this process's cache, else from the store, else by detecting now. */
export async function analysisOf(client: Db | Tx, testimonyId: string, cipher: SourceCipher, text: string, dictionary: readonly DictionaryInput[]): Promise<TranscriptAnalysis> {
  if (!identifiersKnown(text, dictionary)) {
    const stored = await storedAnalysis(client, testimonyId, cipher, text, dictionary);
    if (stored) rememberIdentifiers(text, dictionary, stored);
  }
  return findIdentifiers(text, dictionary);
}
