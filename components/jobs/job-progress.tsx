"use client";
// A background job's progress bar, kept up to date while the person is on the page (each
// poll is a signed-in request, so an unattended tab stops, as elsewhere: README, sessions).
import { useEffect, useState } from "react";
import { refreshWhileAttended } from "@/components/leak-guard/refresh-while-attended";
import type { JobStatus } from "@/lib/jobs/background/job-status";

const POLL_MS = 1500;

function describe(status: JobStatus): string {
  switch (status.state) {
    case "QUEUED":
      return "Waiting to start…";
    case "RUNNING":
      return status.progressLabel ?? "Working…";
    case "SUCCEEDED":
      return "Done.";
    case "FAILED":
      return `Try ${status.attempts} of ${status.maxAttempts} failed; it will be tried again shortly.`;
    case "DEAD":
      return `Every try failed (${status.attempts} of ${status.maxAttempts}). An administrator has been shown it and can retry it.`;
  }
}

export function JobProgress({ initial, onFinished }: { initial: JobStatus; onFinished?: (status: JobStatus) => void }) {
  const [status, setStatus] = useState(initial);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (status.finished) {
      onFinished?.(status);
      return;
    }
    const poll = () =>
      void fetch(`/jobs/${encodeURIComponent(status.id)}/status`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<JobStatus>) : null))
        .then((next) => next && setStatus(next))
        .catch(() => undefined); // the next poll tries again
    return refreshWhileAttended({ refresh: poll, intervalMs: POLL_MS, onPausedChange: setPaused });
  }, [status, onFinished]);

  return (
    <section className="card" aria-labelledby="job-progress-heading" data-testid="job-progress" data-state={status.state}>
      <h2 id="job-progress-heading">Progress</h2>
      <div role="progressbar" aria-labelledby="job-progress-heading" aria-valuemin={0} aria-valuemax={100} aria-valuenow={status.progress} aria-valuetext={`${status.progress}% — ${describe(status)}`} className="job-progress-bar">
        <div className="job-progress-fill" style={{ width: `${status.progress}%` }} />
      </div>
      <p aria-live="polite">
        {status.progress}% · {describe(status)}
      </p>
      {paused && !status.finished ? <p>Updates paused while you were away; they start again when you use the page.</p> : null}
    </section>
  );
}
