import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { listJobsForAdmin } from "@/lib/jobs/background/admin-jobs";
import { AdminJobsTable } from "@/components/jobs/admin-jobs-table";
import { RetryJobButton } from "@/components/jobs/retry-job-button";

export const metadata: Metadata = { title: "Background jobs" };

export default async function BackgroundJobsPage() {
  const admin = await requirePermission("jobs:manage");
  const jobs = await listJobsForAdmin(admin);
  return (
    <>
      <h1>Background jobs</h1>
      <p>
        Long work runs off the request: re-checks of published items after a source&apos;s dictionary changes, and other work that takes more than a moment. A job that fails
        is tried again after a growing pause; one that fails every try lands in the dead-letter list below. Errors are shown by class only, never their text.
      </p>

      <h2>Dead letters</h2>
      {jobs.dead.length === 0 ? (
        <p className="empty">No job has been given up on.</p>
      ) : (
        <AdminJobsTable caption="Jobs given up on" rows={jobs.dead} action={(row) => <RetryJobButton jobId={row.id} />} />
      )}

      <h2>Failing</h2>
      {jobs.failing.length === 0 ? <p className="empty">No job is waiting to be tried again.</p> : <AdminJobsTable caption="Jobs waiting for another try" rows={jobs.failing} />}

      <h2>Running or waiting</h2>
      {jobs.running.length === 0 ? <p className="empty">Nothing is running.</p> : <AdminJobsTable caption="Jobs running or waiting to start" rows={jobs.running} />}
    </>
  );
}
