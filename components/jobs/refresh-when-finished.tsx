"use client";
// A job's progress that reloads its page when the job ends, so the server can show what it
// made (a partner's download link, or why there is none).
import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { JobProgress } from "@/components/jobs/job-progress";
import type { JobStatus } from "@/lib/jobs/background/job-status";

export function RefreshWhenFinished({ initial }: { initial: JobStatus }) {
  const router = useRouter();
  const onFinished = useCallback(() => router.refresh(), [router]);
  return <JobProgress initial={initial} onFinished={initial.finished ? undefined : onFinished} />;
}
