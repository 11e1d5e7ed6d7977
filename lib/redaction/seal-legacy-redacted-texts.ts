// Approved redacted texts written before they were sealed (migration
// 20261130000200_sealed_redacted_text) still hold plaintext in "text". After migrating, each is
// sealed under its source's key, given its word tokens, and its plaintext emptied — a row at a
// time, so an interrupted run resumes where it stopped.
import "server-only";
import type { Db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { sealRedactedText } from "./sealed-redacted-text";

export async function sealLegacyRedactedTexts(client: Db): Promise<number> {
  let sealed = 0;
  for (;;) {
    const rows = await client.redactedText.findMany({ where: { textEnc: null, text: { not: null } }, select: { id: true, redactionId: true, sourceId: true, text: true }, take: 50 });
    if (rows.length === 0) return sealed;
    for (const row of rows) {
      await client.$transaction(async (tx) => {
        const source = await tx.source.findUnique({ where: { id: row.sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
        // An erased source's key is gone: its words go with it.
        if (!source?.wrappedKey) return void (await tx.redactedText.delete({ where: { id: row.id } }));
        const data = sealRedactedText(sourceCipher(source), row.redactionId, row.text ?? "");
        await tx.redactedText.update({ where: { id: row.id }, data: { ...data, text: null } });
      });
      sealed++;
    }
  }
}
