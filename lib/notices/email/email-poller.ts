// Every 30 s each instance looks for emails that are due: retries, and any message whose
// kick was lost (a crash between commit and kick). Claiming makes overlapping runs harmless;
// one run at a time per instance keeps a slow mail server from piling them up.
import "server-only";
import { log } from "@/lib/log";
import { sendDueEmails } from "./send-queued-emails";

const state = globalThis as unknown as { countervoiceEmailPoller?: NodeJS.Timeout };
let running = false;

async function pollOnce(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await sendDueEmails();
  } catch (error) {
    log("error", "email.poll-failed", { error: error instanceof Error ? error.name : "unknown" });
  } finally {
    running = false;
  }
}

export function startEmailPoller(intervalMs = 30_000): void {
  if (state.countervoiceEmailPoller) return;
  state.countervoiceEmailPoller = setInterval(() => void pollOnce(), intervalMs);
  state.countervoiceEmailPoller.unref();
  void pollOnce();
}
