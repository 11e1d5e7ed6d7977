// Loads a testimony's redaction with everything needed to judge it: the raw
// transcript, the source's dictionary and the current findings. Server-only;
// callers decide who may see what and record the view.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { readTranscriptForRedaction } from "@/lib/testimony/read-raw-transcript";
import { NotFound } from "@/lib/errors";
import { initialSuggestions, findIdentifiers } from "./find-identifiers";
import { RedactionWork } from "./model/types";

export const workField = (redactionId: string) => `redaction:${redactionId}:work`;

export async function loadRedaction(client: Db | Tx, testimonyId: string) {
  const testimony = await client.testimony.findUnique({
    where: { id: testimonyId },
    select: { id: true, sourceId: true, language: true, source: { select: { id: true, code: true, wrappedKey: true } }, redaction: true },
  });
  if (!testimony) throw new NotFound("No such testimony.");
  const { text } = await readTranscriptForRedaction(client, testimonyId);
  const dictionary = await readSourceDictionary(client, testimony.sourceId);
  const cipher = sourceCipher(testimony.source);
  const findings = findIdentifiers(text, dictionary);
  const redaction = testimony.redaction;
  const work: RedactionWork = redaction
    ? RedactionWork.parse(cipher.openJson(workField(redaction.id), redaction.workEnc))
    : { spans: initialSuggestions(text, dictionary), dismissals: [] };
  return { testimony, text, dictionary, findings, redaction, work, cipher };
}

export type LoadedRedaction = Awaited<ReturnType<typeof loadRedaction>>;
