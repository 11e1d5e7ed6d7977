// `npm run keys:rotate [-- --batch-size 50]`: re-wraps every source's data key under the
// current master key. PostgreSQL: set COUNTERVOICE_MASTER_KEY to the new key and
// COUNTERVOICE_MASTER_KEY_PREVIOUS to the old one (on every instance too) first. Embedded:
// with the app stopped, a new key is generated in the key file and the old one dropped when done.
// Interrupted, it is simply run again: it continues with the keys not yet re-wrapped.
import { parseArgs } from "node:util";
import { randomBytes, randomUUID } from "node:crypto";
import { withDatabase } from "@/lib/db/with-database";
import { ConfigurationError, databaseMode, env } from "@/lib/env";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { MasterKeyMissing, writeMasterKeyFile } from "@/lib/db/embedded/master-key-file";
import type { EmbeddedSecrets } from "@/lib/db/embedded/secrets";
import { db } from "@/lib/db/client";
import { keyProvider } from "@/lib/crypto/source-keys";
import { MasterKeyUnavailable } from "@/lib/crypto/key-provider";
import { countKeysToRotate, rotateMasterKey } from "@/lib/keys/rotate-master-key";
import { keysOutsideProvider, pendingErasures } from "@/lib/keys/key-status";
import path from "node:path";

async function main() {
  const { values } = parseArgs({ options: { "batch-size": { type: "string", default: "50" } }, strict: true });
  const batchSize = Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    console.error("Usage: npm run keys:rotate [-- --batch-size 50]");
    process.exit(2);
  }
  const e = env();
  const keyFileManaged = databaseMode(e) === "pglite" && !e.COUNTERVOICE_MASTER_KEY;
  let keyFile: { file: string; masterKey: string } | undefined;

  const prepareSecrets = (secrets: EmbeddedSecrets): EmbeddedSecrets => {
    if (!keyFileManaged || !secrets.masterKeyFile || !secrets.masterKey) return secrets;
    keyFile = { file: secrets.masterKeyFile, masterKey: secrets.masterKey };
    if (secrets.previousMasterKey) {
      console.log(`Continuing the rotation recorded in ${secrets.masterKeyFile}.`);
      return secrets;
    }
    const next = { ...secrets, masterKey: randomBytes(32).toString("base64"), previousMasterKey: secrets.masterKey };
    writeMasterKeyFile(secrets.masterKeyFile, { dataDir: path.resolve(e.DATA_DIR), masterKey: next.masterKey, previousMasterKey: next.previousMasterKey });
    keyFile = { file: secrets.masterKeyFile, masterKey: next.masterKey };
    console.log(`New master key written to ${secrets.masterKeyFile} (the old one is kept there until the rotation ends).`);
    return next;
  };

  await withDatabase(
    async () => {
      const provider = keyProvider();
      const unknown = await keysOutsideProvider(db());
      if (unknown.length > 0) {
        throw new MasterKeyUnavailable(unknown.join(", "));
      }
      const toRotate = await countKeysToRotate(db());
      if (toRotate === 0 && provider.keyIds.length === 1) {
        console.log(
          `Every data key is already wrapped under master key ${provider.currentKeyId}. To rotate, set COUNTERVOICE_MASTER_KEY to a new key ` +
            "(openssl rand -base64 32) and COUNTERVOICE_MASTER_KEY_PREVIOUS to the current one, on every instance, then run this again.",
        );
        return;
      }
      console.log(`Re-wrapping ${toRotate} data keys under master key ${provider.currentKeyId} …`);
      const result = await rotateMasterKey(db(), {
        batchSize,
        requestId: randomUUID(),
        onProgress: ({ rewrapped, remaining }) => process.stdout.write(`\r  ${rewrapped} re-wrapped, ${remaining} to go   `),
      });
      process.stdout.write("\n");
      console.log(`Done: ${result.rewrapped} data keys re-wrapped; none is left under another master key.`);
      const erased = await pendingErasures(db(), provider.keyIds.filter((id) => id !== provider.currentKeyId));
      if (keyFile) {
        writeMasterKeyFile(keyFile.file, { dataDir: path.resolve(e.DATA_DIR), masterKey: keyFile.masterKey });
        console.log(`The previous master key was removed from ${keyFile.file}.`);
      } else {
        console.log("Now remove COUNTERVOICE_MASTER_KEY_PREVIOUS from every instance, restart them, and destroy the old key.");
      }
      if (erased > 0) console.log(`${erased} erased source(s) can be read from backups made before this rotation until the old key is destroyed.`);
      console.log("Backups made before this rotation hold data keys under the old master key: without it they decrypt nothing. Take a new backup now.");
    },
    { migrate: true, prepareSecrets },
  );
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigurationError || error instanceof DataDirInUse || error instanceof MasterKeyMissing || error instanceof MasterKeyUnavailable;
  console.error(known ? (error as Error).message : `keys:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
