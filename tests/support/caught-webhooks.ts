// What the demo's local webhook receiver got (scripts/support/webhook-catcher.ts): Demo
// Partner's signed events, as the headers and raw body the receiver saw.
import fs from "node:fs";
import path from "node:path";

export type CaughtWebhook = { name: string; headers: Record<string, string>; body: string; event: { id: string; type: string; createdAt: string; data: Record<string, unknown> } | null };

export function readCaughtWebhooks(dir: string): CaughtWebhook[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{13}-[a-f0-9]{16}\.json$/.test(name))
    .sort()
    .map((name) => {
      const { headers, body } = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as { headers: Record<string, string>; body: string };
      let event: CaughtWebhook["event"] = null;
      try {
        event = JSON.parse(body) as CaughtWebhook["event"];
      } catch {
        // kept as raw text: the scan still reads it
      }
      return { name, headers, body, event };
    });
}

export function caughtWebhookDir(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run through npm run test:e2e");
  return path.join(dataDir, "webhook-catcher");
}

export async function waitForCaughtWebhook(match: (hook: CaughtWebhook) => boolean, timeoutMs = 60_000): Promise<CaughtWebhook> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = readCaughtWebhooks(caughtWebhookDir()).find(match);
    if (found) return found;
    if (Date.now() > until) throw new Error("No matching webhook event reached the demo's receiver in time");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
