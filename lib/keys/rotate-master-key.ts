// Re-wraps every source's data key under the current master key, a batch at a time, while
// the app runs. Each source is one transaction: its row is locked, its data key unwrapped
// with whichever configured master key wraps it and wrapped again under the current one, and
// its rows of the leak guard's blind index (keyed by a secret derived from the master key)
// are rebuilt under the new key. A source is picked up only while it is not yet under the
// current key, so an interrupted run simply continues where it stopped when run again.
import "server-only";
import type { Db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { dataKeyContext, keyProvider, unwrapDataKey } from "@/lib/crypto/source-keys";
import { DecryptionFailed } from "@/lib/crypto/aes-gcm";
import { totpSecretContext } from "@/lib/auth/two-factor/totp-secret-box";
import { resealEmailContent } from "@/lib/notices/email/reseal-email-content";
import { rebuildSourceIndex } from "@/lib/leak-guard/identifier-index/source-index";
import { loadArabicWords } from "@/lib/leak-guard/arabic-words";
import type { Prisma } from "@/lib/db/generated/client";

export type RotationProgress = { rewrapped: number; remaining: number };

const notUnderCurrentKey = (currentKeyId: string): Prisma.SourceWhereInput => ({
  wrappedKey: { not: null },
  OR: [{ masterKeyId: null }, { masterKeyId: { not: currentKeyId } }],
});

/** How many data keys are still wrapped under another master key than the current one. */
export async function countKeysToRotate(client: Db): Promise<number> {
  return client.source.count({ where: notUnderCurrentKey(keyProvider().currentKeyId) });
}

export async function rotateMasterKey(
  client: Db,
  options: { batchSize?: number; requestId: string; onProgress?: (progress: RotationProgress) => void; stopAfter?: number },
): Promise<RotationProgress> {
  const provider = keyProvider();
  const batchSize = options.batchSize ?? 50;
  const where = notUnderCurrentKey(provider.currentKeyId);
  await loadArabicWords();
  const remainingAtStart = await client.source.count({ where });
  await recordAuditEvent(client, {
    actor: null,
    action: "keys.rotation-started",
    requestId: options.requestId,
    details: { toKeyId: provider.currentKeyId, configuredKeyIds: [...provider.keyIds], remaining: remainingAtStart },
  });
  let rewrapped = 0;
  for (;;) {
    const batch = await client.source.findMany({ where, select: { id: true }, orderBy: { id: "asc" }, take: batchSize });
    if (batch.length === 0) break;
    for (const { id } of batch) {
      if (options.stopAfter !== undefined && rewrapped >= options.stopAfter) return { rewrapped, remaining: await client.source.count({ where }) };
      if (await rewrapSourceKey(client, id, provider.currentKeyId)) rewrapped++;
    }
    options.onProgress?.({ rewrapped, remaining: await client.source.count({ where }) });
  }
  const resealedFactors = await resealTotpSecrets(client);
  const resealedEmails = await resealEmailContent(client);
  await recordAuditEvent(client, {
    actor: null,
    action: "keys.rotation-finished",
    requestId: options.requestId,
    details: { toKeyId: provider.currentKeyId, rewrapped, resealedFactors, resealedEmails },
  });
  return { rewrapped, remaining: 0 };
}

async function rewrapSourceKey(client: Db, sourceId: string, currentKeyId: string): Promise<boolean> {
  return client.$transaction(
    async (tx) => {
      // the lock keeps an erasure or another rotation run from interleaving with this one
      await tx.$queryRaw`SELECT 1 FROM "Source" WHERE "id" = ${sourceId} FOR UPDATE`;
      const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
      if (!source?.wrappedKey || source.masterKeyId === currentKeyId) return false;
      const { wrappedKey, masterKeyId } = keyProvider().wrap(unwrapDataKey(source), dataKeyContext(sourceId));
      await tx.source.update({ where: { id: sourceId }, data: { wrappedKey, masterKeyId } });
      await rebuildSourceIndex(tx, sourceId);
      return true;
    },
    { timeout: 60_000 },
  );
}

/**
 * Two-factor secrets are sealed by the master key directly (no data key between), and carry
 * no key id: each is tried under the current key and re-sealed when that fails. Returns how
 * many secrets were re-sealed.
 */
async function resealTotpSecrets(client: Db): Promise<number> {
  const provider = keyProvider();
  const holders = await client.user.findMany({
    where: { OR: [{ totpSecretEnc: { not: null } }, { totpPendingSecretEnc: { not: null } }] },
    select: { id: true },
  });
  let resealed = 0;
  for (const { id } of holders) {
    await client.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id }, select: { totpSecretEnc: true, totpPendingSecretEnc: true } });
      const reseal = (sealed: Uint8Array | null): Uint8Array<ArrayBuffer> | null | undefined => {
        if (!sealed) return undefined;
        try {
          provider.unwrap(sealed, provider.currentKeyId, totpSecretContext(id));
          return undefined;
        } catch (error) {
          if (!(error instanceof DecryptionFailed)) throw error;
        }
        resealed++;
        return provider.wrap(provider.unwrap(sealed, null, totpSecretContext(id)), totpSecretContext(id)).wrappedKey;
      };
      const totpSecretEnc = reseal(user.totpSecretEnc);
      const totpPendingSecretEnc = reseal(user.totpPendingSecretEnc);
      if (totpSecretEnc || totpPendingSecretEnc) await tx.user.update({ where: { id }, data: { totpSecretEnc, totpPendingSecretEnc } });
      // the row lock of the update keeps an enrolment from interleaving
    });
  }
  return resealed;
}
