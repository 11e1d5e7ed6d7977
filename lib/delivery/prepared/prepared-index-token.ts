// A prepared file's bytes are checked once, against the identifier index as it was while the
// job ran, and not read again when fetched up to an hour later. An identifier learned in that
// hour reaches an item only through the re-check's suspension, which may still be queued, and
// never reaches the campaign's name and objective or a withheld item's title (the re-check
// reads published items only). So a file whose index token is no longer the current one is
// refused: asked for again, it is made and checked afresh.
import "server-only";
import { db } from "@/lib/db/client";
import { identifierIndexToken } from "@/lib/leak-guard/index-generation";
import { rebuildStaleIndexes } from "@/lib/leak-guard/identifier-index/source-index";

export const PREPARED_BEFORE_CHANGE = "This file is no longer available as prepared. Ask for it again.";

/** The token to keep with a prepared file: read before its first check (after any stale source is indexed, as the check would). */
export async function indexTokenBeforeChecks(): Promise<string | null> {
  await rebuildStaleIndexes(db());
  return identifierIndexToken(db());
}

/**
 * True when the index changed since the file was prepared. Any write to the index (re)creates
 * the token's row, so a row missing then and now means no write between; a file prepared
 * before tokens were kept (null) meets the row the migration made, and is refused.
 */
export async function learnedSincePrepared(preparedToken: string | null): Promise<boolean> {
  return (await identifierIndexToken(db())) !== preparedToken;
}
