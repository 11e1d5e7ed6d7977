"use client";
// A background job's progress bar, kept up to date while the person is on the page (each
// poll is a signed-in request, so an unattended tab stops, as elsewhere: README, sessions).
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { refreshWhileAttended } from "@/components/leak-guard/refresh-while-attended";
import type { JobStatus } from "@/lib/jobs/background/job-status";
import { jobProgressLabel } from "./job-words";

const POLL_MS = 1500;

type Translate = ReturnType<typeof useTranslations<"jobs">>;

function describe(t: Translate, status: JobStatus): string {
  const tries = { attempts: status.attempts, maxAttempts: status.maxAttempts };
  switch (status.state) {
    case "QUEUED":
      return t("queued");
    case "RUNNING":
      return status.progressLabel ? jobProgressLabel(t as (key: string) => string, status.progressLabel) : t("running");
    case "SUCCEEDED":
      return t("succeeded");
    case "FAILED":
      return t("failed", tries);
    case "DEAD":
      return t("dead", tries);
  }
}

export function JobProgress({ initial, onFinished }: { initial: JobStatus; onFinished?: (status: JobStatus) => void }) {
  const t = useTranslations("jobs");
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

  const description = describe(t, status);
  return (
    <section className="card" aria-labelledby="job-progress-heading" data-testid="job-progress" data-state={status.state}>
      <h2 id="job-progress-heading">{t("progress")}</h2>
      <div role="progressbar" aria-labelledby="job-progress-heading" aria-valuemin={0} aria-valuemax={100} aria-valuenow={status.progress} aria-valuetext={t("valueText", { progress: status.progress, description })} className="job-progress-bar">
        <div className="job-progress-fill" style={{ width: `${status.progress}%` }} />
      </div>
      <p aria-live="polite">{t("line", { progress: status.progress, description })}</p>
      {paused && !status.finished ? <p>{t("paused")}</p> : null}
    </section>
  );
}
