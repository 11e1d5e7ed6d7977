// The titles a listing shows (the portal, the partner API, a notice beside a refusal) are
// checked on every view; a listing of a few hundred items would check a few hundred titles
// each time. A title found clean is remembered under the index token it was checked against
// (lib/leak-guard/index-generation.ts): any change to any source's dictionary or real name
// replaces the token and forgets every verdict. Only clean verdicts are kept; a hit is always
// found afresh. Files and previews are never served on a remembered verdict (verify-delivery.ts).
import "server-only";
import { createHash } from "node:crypto";
import type { CheckedForm, LeakHit } from "@/lib/leak-guard/check-forms";
import { identifierIndexToken } from "@/lib/leak-guard/index-generation";
import { leaksIn } from "./verify-delivery";
import { db, type Db, type Tx } from "@/lib/db/client";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";

// Per process, so a deploy that changes the matching rules starts with nothing remembered.
const REMEMBERED_LIMIT = 200_000;
let remembered: { token: string | null; clean: Set<string> } = { token: null, clean: new Set() };

function keyOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** What leaksIn would say of these plain-text titles, reading only those not known clean under the current index. */
export async function leaksInListedTitles(client: Db | Tx, titles: readonly CheckedForm[]): Promise<LeakHit[]> {
  if (titles.length === 0) return [];
  // read before the check: a verdict is never filed under a token newer than the index it saw
  const token = await identifierIndexToken(client);
  if (token === null) return leaksIn(client, [...titles]);
  if (remembered.token !== token) remembered = { token, clean: new Set() };
  const known = remembered;
  const unknown = titles.filter((t) => t.markdown || !known.clean.has(keyOf(t.text)));
  if (unknown.length === 0) return [];
  const hits = await leaksIn(client, unknown);
  const hit = new Set(hits.map((h) => h.field));
  if (known.clean.size + unknown.length > REMEMBERED_LIMIT) known.clean.clear();
  for (const t of unknown) if (!t.markdown && !hit.has(t.field)) known.clean.add(keyOf(t.text));
  return hits;
}

/** A title to show a partner beside a refusal or in a notice: only if nothing in it matches now. */
export async function titleIfClean(title: string, client: Db | Tx = db()): Promise<string | null> {
  await loadGuardWords();
  return (await leaksInListedTitles(client, [{ field: "title", label: "Title", text: title }])).length === 0 ? title : null;
}

/** Forgets every remembered verdict (tests; nothing in the app needs it, the token does it). */
export function forgetListedTitleVerdicts(): void {
  remembered = { token: null, clean: new Set() };
}
