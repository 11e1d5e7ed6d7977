import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { jobStatusFor } from "@/lib/jobs/background/job-status";
import { NotFound } from "@/lib/errors";
import { portalRecipient } from "@/lib/delivery/recipient";
import { peekPreparedDownload } from "@/lib/delivery/prepared/fetch-prepared-download";
import { KIT_JOB, PDF_JOB } from "@/lib/delivery/prepared/prepare-in-background";
import { RefreshWhenFinished } from "@/components/jobs/refresh-when-finished";
import { PreparedDownloadResult } from "@/components/jobs/prepared-download-result";
import { jobTitle } from "@/components/jobs/job-words";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jobs"))("title") };
}

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const user = await requirePermission("jobs:view");
  const { jobId } = await params;
  const status = await jobStatusFor(user, jobId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const t = await getTranslations("jobs");
  // a kit or PDF is offered to the partner who asked for it, in its organisation's scope
  const recipient = portalRecipient(user);
  const prepared = status.finished && recipient && (status.kind === KIT_JOB || status.kind === PDF_JOB) ? await peekPreparedDownload(recipient, jobId).catch(() => null) : null;
  return (
    <>
      <h1>{jobTitle(t, status.kind)}</h1>
      <p>{t("intro")}</p>
      <RefreshWhenFinished initial={status} />
      {prepared ? <PreparedDownloadResult jobId={jobId} outcome={prepared} /> : null}
    </>
  );
}
