// Part of a master key rotation: queued and dead emails keep their content sealed by the
// master key; each one not yet under the current key is opened and sealed again. A sent
// message holds no content.
import "server-only";
import type { Db } from "@/lib/db/client";
import { keyProvider } from "@/lib/crypto/source-keys";
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";
import { emailContentContext } from "../email-content-box";

export async function resealEmailContent(client: Db): Promise<number> {
  const provider = keyProvider();
  const held = await client.outboundEmail.findMany({ where: { contentEnc: { not: null } }, select: { id: true } });
  let resealed = 0;
  for (const { id } of held) {
    await client.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ contentEnc: Uint8Array | null }[]>`SELECT "contentEnc" FROM "OutboundEmail" WHERE id = ${id} FOR UPDATE`;
      const sealed = rows[0]?.contentEnc;
      if (!sealed) return; // sent meanwhile
      try {
        provider.unwrap(sealed, provider.currentKeyId, emailContentContext(id));
        return;
      } catch (error) {
        if (!(error instanceof DecryptionFailed)) throw error;
      }
      const contentEnc = provider.wrap(provider.unwrap(sealed, null, emailContentContext(id)), emailContentContext(id)).wrappedKey;
      await tx.outboundEmail.update({ where: { id }, data: { contentEnc } });
      resealed++;
    });
  }
  return resealed;
}
