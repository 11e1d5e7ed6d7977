// The token that names the current state of the blind index. The database replaces it, by a
// trigger, in the same transaction as any write to IdentifierIndexEntry (a dictionary entry,
// a real name, an erasure, a rebuild), so whoever reads a token before checking a text knows
// the verdict holds for exactly that token. Null when the row is missing: nothing may be reused.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";

export async function identifierIndexToken(client: Db | Tx): Promise<string | null> {
  const row = await client.identifierIndexGeneration.findUnique({ where: { id: 1 }, select: { token: true } });
  return row?.token ?? null;
}
