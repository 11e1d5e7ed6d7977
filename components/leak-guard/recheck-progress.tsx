"use client";
// Progress of the re-check of published items that something learned about this source
// started. While it runs the page refreshes itself, so the editor never waits on it, but
// only while the person is there: each refresh is a signed-in request, and an unattended
// tab must not keep a session from ending when idle (README, sessions).
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { refreshWhileAttended } from "./refresh-while-attended";

type Run = { trigger: string; state: string; total: number; scanned: number; suspended: number; createdAt: Date; finishedAt: Date | null; jobId: string | null };

const REFRESH_MS = 1500;

/** `followable`: the viewer asked for it, so its background job's page is theirs to open. */
export function RecheckProgress({ run, triggerLabel, followable = false }: { run: Run; triggerLabel: string; followable?: boolean }) {
  const t = useTranslations("sources.recheck");
  const router = useRouter();
  const running = run.state === "QUEUED" || run.state === "RUNNING";
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (!running) return;
    return refreshWhileAttended({ refresh: () => router.refresh(), intervalMs: REFRESH_MS, onPausedChange: setPaused });
  }, [running, router]);

  const when = new Date(run.createdAt).toISOString().slice(0, 16).replace("T", " ");
  return (
    <section className="card" aria-labelledby="recheck-heading" data-testid="recheck-progress" aria-live="polite">
      <h2 id="recheck-heading">{t("heading")}</h2>
      <p>
        {t("started", { when, because: triggerLabel })}
        {followable && run.jobId ? (
          <>
            {" "}
            <a href={`/jobs/${encodeURIComponent(run.jobId)}`}>{t("follow")}</a>
          </>
        ) : null}
      </p>
      {run.state === "QUEUED" ? <p>{t("waiting")}</p> : null}
      {run.state === "RUNNING" ? (
        <>
          <progress max={Math.max(run.total, 1)} value={run.scanned} aria-label={t("itemsChecked")} /> {t("progress", { scanned: run.scanned, total: run.total })}
        </>
      ) : null}
      {running && paused ? (
        <p>
          {t("paused")}{" "}
          <button type="button" className="secondary" onClick={() => router.refresh()}>
            {t("updateNow")}
          </button>
        </p>
      ) : null}
      {run.state === "DONE" ? (
        <p>
          {t("done", { count: run.total })} {run.suspended === 0 ? t("noneSuspended") : t("suspended", { count: run.suspended })}
        </p>
      ) : null}
      {run.state === "FAILED" ? <p className="alert alert-error">{t("failed", { scanned: run.scanned, total: run.total })}</p> : null}
    </section>
  );
}
