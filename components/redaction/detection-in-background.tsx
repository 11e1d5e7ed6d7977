"use client";
// A long transcript's identifiers are being found by a background job: its progress, and
// the workspace in its place once the findings are stored.
import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { JobProgress } from "@/components/jobs/job-progress";
import type { JobStatus } from "@/lib/jobs/background/job-status";

export function DetectionInBackground({ status }: { status: JobStatus }) {
  const t = useTranslations("redaction");
  const router = useRouter();
  const onFinished = useCallback((done: JobStatus) => {
    if (done.state === "SUCCEEDED") router.refresh();
  }, [router]);
  return (
    <>
      <h1>{t("workspace.title")}</h1>
      <p data-testid="detection-in-background">
        {t("inBackground")}
      </p>
      <JobProgress initial={status} onFinished={onFinished} />
    </>
  );
}
