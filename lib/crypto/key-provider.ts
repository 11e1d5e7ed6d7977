// The master key behind a small interface: it wraps and unwraps per-source data keys and
// derives purpose-bound secrets, and names each master key by an id that is recorded with
// every wrapped data key. The environment provider (env-key-provider.ts) is the one built
// in; a cloud KMS or Vault provider implements the same interface, typically by having the
// KMS decrypt the master key once at start-up so that the hot path stays synchronous.

export type WrappedDataKey = { wrappedKey: Uint8Array<ArrayBuffer>; masterKeyId: string };

export interface KeyProvider {
  /** The master key new data keys are wrapped under. */
  readonly currentKeyId: string;
  /** Every master key this provider can open, current first (then the previous one, during a rotation). */
  readonly keyIds: readonly string[];
  wrap(dataKey: Buffer, context: string): WrappedDataKey;
  /** masterKeyId null: wrapped before ids were recorded; every configured key is tried. */
  unwrap(wrappedKey: Uint8Array, masterKeyId: string | null, context: string): Buffer;
  /** A 32-byte secret for one purpose (HKDF label), under the current master key unless another is named. */
  derive(label: string, masterKeyId?: string): Buffer;
}

/** A wrapped data key names a master key that is not configured: it cannot be opened here. */
export class MasterKeyUnavailable extends Error {
  constructor(readonly masterKeyId: string) {
    super(
      `A data key is wrapped under master key ${masterKeyId}, which is not configured. ` +
        "During a rotation set COUNTERVOICE_MASTER_KEY_PREVIOUS to the key being replaced.",
    );
  }
}
