import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { listJobsForAdmin } from "@/lib/jobs/background/admin-jobs";
import { AdminJobsTable } from "@/components/jobs/admin-jobs-table";
import { RetryJobButton } from "@/components/jobs/retry-job-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.jobs"))("title") };
}

export default async function BackgroundJobsPage() {
  const admin = await requirePermission("jobs:manage");
  const [t, jobs] = await Promise.all([getTranslations("admin.jobs"), listJobsForAdmin(admin)]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("deadHeading")}</h2>
      {jobs.dead.length === 0 ? (
        <p className="empty">{t("noDead")}</p>
      ) : (
        <AdminJobsTable caption={t("deadCaption")} rows={jobs.dead} action={(row) => <RetryJobButton jobId={row.id} />} />
      )}

      <h2>{t("failingHeading")}</h2>
      {jobs.failing.length === 0 ? <p className="empty">{t("noFailing")}</p> : <AdminJobsTable caption={t("failingCaption")} rows={jobs.failing} />}

      <h2>{t("runningHeading")}</h2>
      {jobs.running.length === 0 ? <p className="empty">{t("noRunning")}</p> : <AdminJobsTable caption={t("runningCaption")} rows={jobs.running} />}
    </>
  );
}
