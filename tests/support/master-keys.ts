// Integration tests that rotate or lose master keys switch the process's configuration,
// as an operator would switch an instance's environment, and put it back afterwards.
import { reloadEnv } from "@/lib/env";

const original = { current: process.env.COUNTERVOICE_MASTER_KEY, previous: process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS };

export function useMasterKeys(current: Buffer, previous?: Buffer): void {
  process.env.COUNTERVOICE_MASTER_KEY = current.toString("base64");
  process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS = previous ? previous.toString("base64") : "";
  reloadEnv();
}

export function restoreMasterKeys(): void {
  process.env.COUNTERVOICE_MASTER_KEY = original.current;
  process.env.COUNTERVOICE_MASTER_KEY_PREVIOUS = original.previous ?? "";
  reloadEnv();
}

export function useBackupPassphrase(passphrase: string | undefined): void {
  process.env.BACKUP_PASSPHRASE = passphrase ?? "";
  reloadEnv();
}
