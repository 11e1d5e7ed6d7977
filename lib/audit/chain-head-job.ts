// Every hour the audit chain's head goes to the log, which is shipped and kept apart from
// the database: a later rewrite of the chain no longer matches the heads logged before it.
import "server-only";
import { db } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/job-queue";
import { logChainHead } from "./chain-head";

export const LOG_CHAIN_HEAD_JOB = "audit.log-chain-head";

defineJob(LOG_CHAIN_HEAD_JOB, async () => {
  await logChainHead(db(), "hourly");
});
