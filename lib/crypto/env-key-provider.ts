// Master keys from the environment: COUNTERVOICE_MASTER_KEY, and during a rotation
// COUNTERVOICE_MASTER_KEY_PREVIOUS (the key being replaced), both validated by lib/env.ts.
import { hkdfSync } from "node:crypto";
import { open, seal, DecryptionFailed } from "./aes-gcm";
import { MasterKeyUnavailable, type KeyProvider } from "./key-provider";
import { masterKeyIdOf } from "./master-key-id";

export function keyProviderFromKeys(current: Buffer, previous?: Buffer): KeyProvider {
  const ring = new Map<string, Buffer>([[masterKeyIdOf(current), current]]);
  if (previous) ring.set(masterKeyIdOf(previous), previous);
  const currentKeyId = masterKeyIdOf(current);
  const keyFor = (id: string) => {
    const key = ring.get(id);
    if (!key) throw new MasterKeyUnavailable(id);
    return key;
  };
  return {
    currentKeyId,
    keyIds: [...ring.keys()],
    wrap: (dataKey, context) => ({ wrappedKey: new Uint8Array(seal(current, dataKey, context)), masterKeyId: currentKeyId }),
    unwrap(wrappedKey, masterKeyId, context) {
      if (masterKeyId !== null) return open(keyFor(masterKeyId), wrappedKey, context);
      for (const key of ring.values()) {
        try {
          return open(key, wrappedKey, context);
        } catch (error) {
          if (!(error instanceof DecryptionFailed)) throw error;
        }
      }
      throw new DecryptionFailed();
    },
    derive: (label, masterKeyId = currentKeyId) => Buffer.from(hkdfSync("sha256", keyFor(masterKeyId), Buffer.alloc(0), label, 32)),
  };
}

export function envKeyProvider(e: { COUNTERVOICE_MASTER_KEY?: string; COUNTERVOICE_MASTER_KEY_PREVIOUS?: string }): KeyProvider {
  if (!e.COUNTERVOICE_MASTER_KEY) throw new Error("COUNTERVOICE_MASTER_KEY is not configured");
  const previous = e.COUNTERVOICE_MASTER_KEY_PREVIOUS ? Buffer.from(e.COUNTERVOICE_MASTER_KEY_PREVIOUS, "base64") : undefined;
  return keyProviderFromKeys(Buffer.from(e.COUNTERVOICE_MASTER_KEY, "base64"), previous);
}
