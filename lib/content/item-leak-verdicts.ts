// The item page shows, on every view, what in the item's own texts would block it. Views far
// outnumber edits, and a check reads every word; so a clean verdict is remembered under the
// index token (lib/leak-guard/clean-verdicts.ts). This is for display only: submitting,
// approving and publishing check every delivered form again (assertNoLeaks).
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { LeakHit } from "@/lib/leak-guard/check-forms";
import { cleanVerdicts } from "@/lib/leak-guard/clean-verdicts";
import { findLeaks, type CheckedField } from "./leak-guard";

const remembered = cleanVerdicts(50_000);

/** What findLeaks says of an item's own texts, without reading them again when they were clean under the current index. */
export async function itemLeaksForDisplay(client: Db | Tx, fields: CheckedField[]): Promise<LeakHit[]> {
  const known = await remembered.under(client);
  const key = JSON.stringify(fields.map((f) => [f.field, f.text, f.markdown ?? false]));
  if (known?.isClean(key)) return [];
  const hits = await findLeaks(client, fields);
  if (hits.length === 0) known?.markClean(key);
  return hits;
}
