// A job's progress as JSON, polled by its page; only the requester (and admins) get it.
import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { jobStatusFor } from "@/lib/jobs/background/job-status";
import { NotFound } from "@/lib/errors";

export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const actor = await requireApiPermission("jobs:view");
  if (actor instanceof Response) return actor;
  const { jobId } = await params;
  try {
    return Response.json(await jobStatusFor(actor, jobId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFound) return notFoundResponse();
    throw error;
  }
}
