// What the configured master keys can and cannot open, for keys:rotate, backup and restore.
import "server-only";
import type { Db } from "@/lib/db/client";
import { keyProvider } from "@/lib/crypto/source-keys";

/** Ids of master keys that wrap some data key but are not configured (nothing under them can be opened). */
export async function keysOutsideProvider(client: Db): Promise<string[]> {
  const rows = await client.source.groupBy({ by: ["masterKeyId"], where: { wrappedKey: { not: null }, masterKeyId: { not: null } } });
  const configured = new Set(keyProvider().keyIds);
  return rows.map((row) => row.masterKeyId!).filter((id) => !configured.has(id));
}

/** Erased sources whose last wrapped key was under one of these master keys: backups made before can still open them. */
export async function pendingErasures(client: Db, masterKeyIds: string[]): Promise<number> {
  if (masterKeyIds.length === 0) return 0;
  return client.source.count({ where: { erasedAt: { not: null }, erasedUnderKeyId: { in: masterKeyIds } } });
}
