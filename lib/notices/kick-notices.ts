// After a transaction that queued emails or webhook events commits: start sending now rather
// than at the next poll (start-notice-senders.ts polls every 30 s for retries and anything missed).
import "server-only";
import { enqueue, hasJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { DELIVER_WEBHOOKS_JOB, SEND_EMAILS_JOB } from "./notice-jobs";
// Imported for their job definitions: wherever a notice is kicked, its sender is known.
import "./email/send-queued-emails";

export { DELIVER_WEBHOOKS_JOB, SEND_EMAILS_JOB };

export function kickNotices(): void {
  for (const job of [SEND_EMAILS_JOB, DELIVER_WEBHOOKS_JOB]) {
    if (!hasJob(job)) continue;
    void enqueue(job, {}).catch((error: unknown) => log("error", "notices.kick-failed", { job, error: error instanceof Error ? error.name : "unknown" }));
  }
}
