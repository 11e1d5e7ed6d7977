// End-to-end tests read what the demo's mail catcher received (scripts/support/mail-catcher.ts).
import path from "node:path";
import { readCaughtMail, type CaughtMail } from "@/lib/notices/email/caught-mail";

export function caughtMailDir(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run through npm run test:e2e");
  return path.join(dataDir, "mail-catcher");
}

export async function readAllCaughtMail(): Promise<CaughtMail[]> {
  return readCaughtMail(caughtMailDir(), 10_000);
}

/** Waits (the sender runs after the request) for a message matching `match`, newest first. */
export async function waitForCaughtMail(match: (mail: CaughtMail) => boolean, timeoutMs = 30_000): Promise<CaughtMail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readAllCaughtMail()).find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error("No matching email reached the mail catcher in time");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
