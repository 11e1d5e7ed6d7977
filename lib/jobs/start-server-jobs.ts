// Every job the server runs, and starting their workers. Importing a job's module defines it.
import "server-only";
import { resumeUnfinishedRechecks } from "@/lib/leak-guard/recheck/recheck-published";
import { LOG_CHAIN_HEAD_JOB } from "@/lib/audit/chain-head-job";
import { logChainHead } from "@/lib/audit/chain-head";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { runsJobWorkers, scheduleHourly, startJobWorkers } from "./job-queue";
import { REMIND_OVERDUE_TAKEDOWNS_JOB } from "@/lib/takedowns/remind-overdue-takedowns";
import { SEND_CONSENT_DIGESTS_JOB } from "@/lib/sources/send-consent-digests";
import { startEmailPoller } from "@/lib/notices/email/email-poller";
import { startWebhookPoller } from "@/lib/notices/webhooks/deliver-webhooks";
// Defines the job that account recovery queues, before the workers start.
import "@/lib/auth/password-reset/password-reset-job";
// The queue every background job goes through (lib/jobs/background), and its kinds.
import "@/lib/jobs/background/attempt-background-job";
import "@/lib/jobs/background/background-job-kinds";
import { resumeBackgroundJobs } from "@/lib/jobs/background/resume-background-jobs";
import { SWEEP_JOB } from "./sweep-job";
import { SWEEP_PREPARED_DOWNLOADS_JOB } from "@/lib/delivery/prepared/sweep-prepared-downloads";

export async function startServerJobs(): Promise<void> {
  try {
    // A web-only instance (JOB_WORKERS=0) serves requests and queues jobs; the others run them.
    if (runsJobWorkers()) {
      await startJobWorkers();
      await resumeUnfinishedRechecks();
      await resumeBackgroundJobs();
      await scheduleHourly(LOG_CHAIN_HEAD_JOB);
      await scheduleHourly(REMIND_OVERDUE_TAKEDOWNS_JOB);
      await scheduleHourly(SEND_CONSENT_DIGESTS_JOB);
      await scheduleHourly(SWEEP_JOB);
      await scheduleHourly(SWEEP_PREPARED_DOWNLOADS_JOB);
      startEmailPoller();
      startWebhookPoller();
    }
    // A start is a moment worth a head in the log too: the hour may not come before a stop.
    await logChainHead(db(), "start");
  } catch (error) {
    // the app still serves; queued jobs wait for the next start (or another instance)
    log("error", "jobs.start-failed", { error: error instanceof Error ? error.name : "unknown", code: (error as { code?: string }).code ?? null });
  }
}
