// The item page shows, on every view, what in the item's own texts would block it. Views far
// outnumber edits, and a check reads every word; so a clean verdict is remembered under the
// index token it was reached with (lib/leak-guard/index-generation.ts): any change to any
// source's dictionary or real name replaces the token and forgets every verdict, and a hit is
// always found afresh. This is for display only: submitting, approving and publishing check
// every delivered form again (assertNoLeaks).
import "server-only";
import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { LeakHit } from "@/lib/leak-guard/check-forms";
import { identifierIndexToken } from "@/lib/leak-guard/index-generation";
import { findLeaks, type CheckedField } from "./leak-guard";

// Per process, so a deploy that changes the matching rules starts with nothing remembered.
const REMEMBERED_LIMIT = 50_000;
let remembered: { token: string | null; clean: Set<string> } = { token: null, clean: new Set() };

function keyOf(fields: readonly CheckedField[]): string {
  return createHash("sha256")
    .update(JSON.stringify(fields.map((f) => [f.field, f.text, f.markdown ?? false])))
    .digest("base64url");
}

/** What findLeaks says of an item's own texts, without reading them again when they were clean under the current index. */
export async function itemLeaksForDisplay(client: Db | Tx, fields: CheckedField[]): Promise<LeakHit[]> {
  // read before the check: a verdict is never filed under a token newer than the index it saw
  const token = await identifierIndexToken(client);
  if (token === null) return findLeaks(client, fields);
  if (remembered.token !== token) remembered = { token, clean: new Set() };
  const known = remembered;
  const key = keyOf(fields);
  if (known.clean.has(key)) return [];
  const hits = await findLeaks(client, fields);
  if (hits.length === 0) {
    if (known.clean.size >= REMEMBERED_LIMIT) known.clean.clear();
    known.clean.add(key);
  }
  return hits;
}
