import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { jobStatusFor } from "@/lib/jobs/background/job-status";
import { NotFound } from "@/lib/errors";
import { JobProgress } from "@/components/jobs/job-progress";

export const metadata: Metadata = { title: "Background job" };

export default async function JobPage({ params }: { params: Promise<{ jobId: string }> }) {
  const user = await requirePermission("jobs:view");
  const { jobId } = await params;
  const status = await jobStatusFor(user, jobId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  return (
    <>
      <h1>{status.title}</h1>
      <p>This runs in the background: you may leave this page and come back; it keeps going.</p>
      <JobProgress initial={status} />
    </>
  );
}
