// Small lookups the source use cases share inside their transactions.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { sourceCipher, type SourceCipher } from "@/lib/crypto/source-keys";
import { InvalidInput, NotFound } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";

export const SOURCE_FIELDS = { realName: "source:realName", notes: "source:notes" } as const;
export const dictionaryField = (entryId: string) => `dictionary:${entryId}`;

export const noSuchSource = () => m("sources.errors.noSuchSource");

/** The source's cipher, or NotFound. */
export async function cipherForSource(client: Db | Tx, sourceId: string): Promise<SourceCipher> {
  const source = await client.source.findUnique({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  if (!source) throw new NotFound(noSuchSource());
  return sourceCipher(source);
}

/** Sources are handled by an active editor; anything else is a form error. */
export async function assertActiveEditor(client: Db | Tx, userId: string): Promise<void> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { role: true, status: true } });
  if (user?.role !== "EDITOR" || user.status !== "ACTIVE") {
    throw new InvalidInput(m("sources.errors.chooseActiveEditor"), { handlingEditorId: [m("sources.errors.chooseActiveEditorField")] });
  }
}
