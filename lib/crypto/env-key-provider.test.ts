import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionFailed } from "./aes-gcm";
import { keyProviderFromKeys } from "./env-key-provider";
import { MasterKeyUnavailable } from "./key-provider";
import { masterKeyIdOf } from "./master-key-id";

describe("environment key provider", () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const dataKey = randomBytes(32);

  it("records the id of the master key each data key is wrapped under", () => {
    const provider = keyProviderFromKeys(newKey);
    const wrapped = provider.wrap(dataKey, "source-key:s1");
    expect(wrapped.masterKeyId).toBe(masterKeyIdOf(newKey));
    expect(provider.unwrap(wrapped.wrappedKey, wrapped.masterKeyId, "source-key:s1").equals(dataKey)).toBe(true);
  });

  it("opens keys wrapped under either master key during a rotation", () => {
    const before = keyProviderFromKeys(oldKey).wrap(dataKey, "source-key:s1");
    const during = keyProviderFromKeys(newKey, oldKey);
    expect(during.currentKeyId).toBe(masterKeyIdOf(newKey));
    expect(during.keyIds).toEqual([masterKeyIdOf(newKey), masterKeyIdOf(oldKey)]);
    expect(during.unwrap(before.wrappedKey, before.masterKeyId, "source-key:s1").equals(dataKey)).toBe(true);
    expect(during.unwrap(before.wrappedKey, null, "source-key:s1").equals(dataKey)).toBe(true);
  });

  it("refuses a key wrapped under a master key it does not hold, naming only its id", () => {
    const before = keyProviderFromKeys(oldKey).wrap(dataKey, "source-key:s1");
    const after = keyProviderFromKeys(newKey);
    expect(() => after.unwrap(before.wrappedKey, before.masterKeyId, "source-key:s1")).toThrow(MasterKeyUnavailable);
    expect(() => after.unwrap(before.wrappedKey, null, "source-key:s1")).toThrow(DecryptionFailed);
  });

  it("derives a different secret per label and per master key", () => {
    const provider = keyProviderFromKeys(newKey, oldKey);
    expect(provider.derive("a").equals(provider.derive("b"))).toBe(false);
    expect(provider.derive("a").equals(provider.derive("a", masterKeyIdOf(oldKey)))).toBe(false);
    expect(provider.derive("a").equals(keyProviderFromKeys(newKey).derive("a"))).toBe(true);
  });
});
