// The titles a listing shows (the portal, the partner API, a notice beside a refusal) are
// checked on every view; a listing of a few hundred items would check a few hundred titles
// each time. A title found clean is remembered under the index token it was checked against
// (lib/leak-guard/index-generation.ts): any change to any source's dictionary or real name
// replaces the token and forgets every verdict. Only clean verdicts are kept; a hit is always
// found afresh. Files and previews are never served on a remembered verdict (verify-delivery.ts).
import "server-only";
import type { CheckedForm, LeakHit } from "@/lib/leak-guard/check-forms";
import { cleanVerdicts } from "@/lib/leak-guard/clean-verdicts";
import { leaksIn } from "./verify-delivery";
import { db, type Db, type Tx } from "@/lib/db/client";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";

const remembered = cleanVerdicts(200_000);

/** What leaksIn would say of these plain-text titles, reading only those not known clean under the current index. */
export async function leaksInListedTitles(client: Db | Tx, titles: readonly CheckedForm[]): Promise<LeakHit[]> {
  if (titles.length === 0) return [];
  const known = await remembered.under(client);
  if (known === null) return leaksIn(client, [...titles]);
  const unknown = titles.filter((t) => t.markdown || !known.isClean(t.text));
  if (unknown.length === 0) return [];
  const hits = await leaksIn(client, unknown);
  const hit = new Set(hits.map((h) => h.field));
  for (const t of unknown) if (!t.markdown && !hit.has(t.field)) known.markClean(t.text);
  return hits;
}

/** A title to show a partner beside a refusal or in a notice: only if nothing in it matches now. */
export async function titleIfClean(title: string, client: Db | Tx = db()): Promise<string | null> {
  await loadGuardWords();
  return (await leaksInListedTitles(client, [{ field: "title", label: "Title", text: title }])).length === 0 ? title : null;
}

/** Forgets every remembered verdict (tests; nothing in the app needs it, the token does it). */
export function forgetListedTitleVerdicts(): void {
  remembered.forget();
}
