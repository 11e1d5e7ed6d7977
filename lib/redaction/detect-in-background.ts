// Finding identifiers in a long transcript takes a while: above a size, opening the
// workspace starts a background job instead of making the page wait; the editor sees its
// progress, and the workspace opens once the findings are stored (lib/redaction/stored-analysis.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { assertTestimonyTeamAccess } from "@/lib/sources/team/assert-source-access";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { readTranscriptForRedaction } from "@/lib/testimony/read-raw-transcript";
import { defineBackgroundJob } from "@/lib/jobs/background/background-kinds";
import { runInBackground } from "@/lib/jobs/background/run-in-background";
import { jobStatusFor, type JobStatus } from "@/lib/jobs/background/job-status";
import { findIdentifiers, identifiersKnown } from "./find-identifiers";
import { storeAnalysis, storedAnalysis } from "./stored-analysis";

export const DETECT_JOB = "redaction-detect";

async function transcriptWithKey(testimonyId: string) {
  const { text, sourceId } = await readTranscriptForRedaction(db(), testimonyId);
  const source = await db().source.findUniqueOrThrow({ where: { id: sourceId }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  return { text, cipher: sourceCipher(source), dictionary: await readSourceDictionary(db(), sourceId) };
}

/**
 * For the workspace, before it opens: null when the findings are at hand (a short
 * transcript, or one already analysed); otherwise the background job finding them, started
 * now unless this editor already has one running.
 */
export async function detectionInBackground(actor: Actor, testimonyId: string, requestId: string): Promise<JobStatus | null> {
  assertCan(actor, "redaction:edit");
  await assertTestimonyTeamAccess(actor, "redaction:edit", testimonyId, requestId);
  const { text, cipher, dictionary } = await transcriptWithKey(testimonyId);
  if (text.length <= env().DETECT_IN_BACKGROUND_ABOVE_CHARS || identifiersKnown(text, dictionary)) return null;
  if (await storedAnalysis(db(), testimonyId, cipher, text, dictionary)) return null;
  const running = await db().backgroundJob.findFirst({
    where: { kind: DETECT_JOB, requestedById: actor.id, state: { in: ["QUEUED", "RUNNING", "FAILED"] }, data: { path: ["testimonyId"], equals: testimonyId } },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return jobStatusFor(actor, running?.id ?? (await runInBackground(DETECT_JOB, { testimonyId }, actor)));
}

defineBackgroundJob(DETECT_JOB, {
  title: "Finding identifiers in a long transcript",
  // The detector's own time limit makes a failure likely to repeat: one more try, then a dead letter.
  maxAttempts: 2,
  handler: async (data, job) => {
    const testimonyId = String(data.testimonyId);
    await job.reportProgress(5, "Looking for identifiers");
    const { text, cipher, dictionary } = await transcriptWithKey(testimonyId);
    const analysis = await findIdentifiers(text, dictionary);
    await job.reportProgress(90, "Encrypting the result");
    await storeAnalysis(db(), testimonyId, cipher, text, dictionary, analysis);
    return testimonyId;
  },
});
