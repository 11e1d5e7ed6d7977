// Loads a testimony's redaction with everything needed to judge it: the raw
// transcript, the source's dictionary and the current findings. Server-only;
// callers decide who may see what and record the view.
import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { sourceCipher, type SourceCipher } from "@/lib/crypto/source-keys";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { readTranscriptForRedaction } from "@/lib/testimony/read-raw-transcript";
import { NotFound } from "@/lib/errors";
import type { Redaction } from "@/lib/db/generated/client";
import { initialSuggestions } from "./find-identifiers";
import { analysisOf } from "./stored-analysis";
import { RedactionWork } from "./model/types";
import { m } from "@/lib/i18n/translate";

export const workField = (redactionId: string) => `redaction:${redactionId}:work`;

/** The editor's decisions as stored, decrypted. */
export function storedWork(cipher: SourceCipher, redaction: Pick<Redaction, "id" | "workEnc">): RedactionWork {
  return RedactionWork.parse(cipher.openJson(workField(redaction.id), redaction.workEnc));
}

export async function loadRedaction(client: Db | Tx, testimonyId: string) {
  const testimony = await client.testimony.findUnique({
    where: { id: testimonyId },
    select: { id: true, sourceId: true, language: true, source: { select: { id: true, code: true, wrappedKey: true, masterKeyId: true } }, redaction: true },
  });
  if (!testimony) throw new NotFound(m("testimony.errors.noSuchTestimony"));
  const { text } = await readTranscriptForRedaction(client, testimonyId);
  const dictionary = await readSourceDictionary(client, testimony.sourceId);
  const cipher = sourceCipher(testimony.source);
  const analysis = await analysisOf(client, testimonyId, cipher, text, dictionary);
  const redaction = testimony.redaction;
  const work: RedactionWork = redaction ? storedWork(cipher, redaction) : { spans: initialSuggestions(analysis), dismissals: [] };
  return { testimony, text, dictionary, findings: analysis.findings, redaction, work, cipher };
}

export type LoadedRedaction = Awaited<ReturnType<typeof loadRedaction>>;

/**
 * Runs detection before a transaction opens, so that loadRedaction inside it finds the
 * findings cached: a long detection must not hold a transaction open (with the embedded
 * database, that is its only connection) nor run into the transaction's time limit.
 */
export async function detectBeforeTransaction(testimonyId: string): Promise<void> {
  const { text, sourceId } = await readTranscriptForRedaction(db(), testimonyId);
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  await analysisOf(db(), testimonyId, sourceCipher(source), text, await readSourceDictionary(db(), sourceId));
}
