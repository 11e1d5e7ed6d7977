"use client";
// A long transcript's identifiers are being found by a background job: its progress, and
// the workspace in its place once the findings are stored.
import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { JobProgress } from "@/components/jobs/job-progress";
import type { JobStatus } from "@/lib/jobs/background/job-status";

export function DetectionInBackground({ status }: { status: JobStatus }) {
  const router = useRouter();
  const onFinished = useCallback((done: JobStatus) => {
    if (done.state === "SUCCEEDED") router.refresh();
  }, [router]);
  return (
    <>
      <h1>Redaction workspace</h1>
      <p data-testid="detection-in-background">
        This transcript is long, so its identifiers are being found in the background. The workspace opens here when that is done; you may leave and come back.
      </p>
      <JobProgress initial={status} onFinished={onFinished} />
    </>
  );
}
