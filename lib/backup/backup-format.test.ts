import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BackupUnreadable, decryptBackup, encryptBackup, keyCheckOf, WrongBackupKey, type BackupHeader } from "./backup-format";

const key = randomBytes(32);
const header: BackupHeader = { kind: "postgresql", createdAt: "2026-11-29T00:00:00.000Z", kdf: { name: "master-key-hkdf", salt: "00", masterKeyId: "abc" }, dataKeysUnder: ["abc"], keyCheck: keyCheckOf(key) };

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(part);
  return Buffer.concat(parts);
}
async function* once(data: Buffer) {
  yield data;
}
async function* inPieces(data: Buffer, size: number) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe("backup file", () => {
  const plaintext = randomBytes(2.5 * 1024 * 1024);

  it.each([0, 1, 1024 * 1024, 2.5 * 1024 * 1024])("round-trips %i bytes, read in any piece size", async (size) => {
    const data = plaintext.subarray(0, size);
    const sealed = await collect(encryptBackup(inPieces(data, 70_000), key, header));
    expect(sealed.includes(data.subarray(0, 64)) && size > 64).toBe(false);
    expect((await collect(decryptBackup(inPieces(sealed, 4093), () => key))).equals(data)).toBe(true);
  });

  it("refuses a wrong key with a clear message, before yielding anything", async () => {
    const sealed = await collect(encryptBackup(once(plaintext), key, header));
    const yielded: Buffer[] = [];
    await expect(async () => {
      for await (const part of decryptBackup(once(sealed), () => randomBytes(32))) yielded.push(part);
    }).rejects.toThrow(WrongBackupKey);
    expect(yielded).toEqual([]);
  });

  it.each([
    ["cut after a chunk", (s: Buffer) => s.subarray(0, s.length - 100)],
    ["a flipped bit", (s: Buffer) => Buffer.from(s.map((b, i) => (i === s.length - 5 ? b ^ 1 : b)))],
    ["bytes after the end", (s: Buffer) => Buffer.concat([s, Buffer.from([0])])],
    ["an altered header", (s: Buffer) => Buffer.from(s.toString("latin1").replace('"postgresql"', '"pglite"    '), "latin1")],
    ["another file", () => Buffer.from("PGDMP not ours")],
  ])("refuses %s", async (_name, damage) => {
    const sealed = await collect(encryptBackup(once(plaintext), key, header));
    await expect(collect(decryptBackup(once(damage(sealed)), () => key))).rejects.toThrow(BackupUnreadable);
  });

  it("refuses a file whose last chunk was dropped", async () => {
    const sealed = await collect(encryptBackup(once(plaintext), key, header));
    // the first two chunks of three, each 4 + 1 MiB + 16 bytes, after the header
    const headerLength = sealed.indexOf(Buffer.from("}")) + 1;
    const cut = sealed.subarray(0, headerLength + 2 * (4 + 1024 * 1024 + 16));
    await expect(collect(decryptBackup(once(cut), () => key))).rejects.toThrow(/cut short/);
  });
});
