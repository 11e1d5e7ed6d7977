// The file a partner's background job prepared (a kit, a PDF): once, to the person who asked.
import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse } from "@/lib/delivery/respond";
import { preparedDownloadFor } from "@/lib/delivery/prepared/fetch-prepared-download";
import { portalPreparedResponse } from "@/lib/delivery/prepared/portal-prepared-response";
import { jobStatusFor } from "@/lib/jobs/background/job-status";
import { NotFound } from "@/lib/errors";
import { requestRenderLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request, await requestRenderLocale());
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  if (!recipient) return notFoundResponse();
  const { jobId } = await params;
  try {
    // the policy's answer first (the requester or nobody), then the organisation's scope
    await jobStatusFor(partner, jobId);
    return portalPreparedResponse(await preparedDownloadFor(recipient, jobId), jobId, request.url, await requestRenderLocale());
  } catch (error) {
    if (error instanceof NotFound) return notFoundResponse();
    throw error;
  }
}
