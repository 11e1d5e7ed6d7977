// A reason an admin types (for emergency access, for an erasure) is kept for good: in the
// audit trail, which nobody can edit, and on an erased source's tombstone, which outlives its
// key. So it must not carry what identifies a source. The leak guard reads it like anything a
// partner would receive; a hit refuses the step and, like every guard message, never repeats it.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { InvalidInput } from "@/lib/errors";
import { describeHit, findLeaks } from "@/lib/content/leak-guard";
import { m } from "@/lib/i18n/translate";

export async function assertReasonNamesNoOne(client: Db | Tx, reason: string): Promise<void> {
  const fields = [{ field: "reason", label: m("audit.reason.label"), text: reason }];
  const hits = await findLeaks(client, fields);
  if (hits.length === 0) return;
  throw new InvalidInput(m("audit.reason.identifies"), {
    reason: hits.slice(0, 5).map((hit) => m("audit.reason.hit", { hit: describeHit(hit, fields) })),
  });
}
