import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { countPortalRequest, tooManyRequestsResponse } from "@/lib/delivery/portal-rate-limit";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse } from "@/lib/delivery/respond";
import { campaignIsShared } from "@/lib/delivery/prepared/campaign-is-shared";
import { requestCampaignKit } from "@/lib/delivery/prepared/prepare-in-background";
import { requestId } from "@/lib/request-id";
import { requestRenderLocale } from "@/lib/i18n/request-locale";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// Asks for the campaign kit: a background job builds it (lib/delivery/prepared); the answer
// is the job's progress page, where the kit is downloaded once it is ready.
export const GET = busyAware("portal.kit", { format: "text" }, async (request: Request, { params }: { params: Promise<{ campaignId: string }> }) => {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request, await requestRenderLocale());
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  if (!recipient) return notFoundResponse();
  const id = await requestId();
  const tooMany = await countPortalRequest(partner, "kit", id);
  if (tooMany) return tooManyRequestsResponse(tooMany, await requestRenderLocale());
  const { campaignId } = await params;
  if (!(await campaignIsShared(recipient.partnerOrgId, campaignId))) return notFoundResponse();
  const jobId = await requestCampaignKit(recipient, campaignId, id);
  const statusUrl = `/jobs/${encodeURIComponent(jobId)}`;
  return Response.json({ jobId, statusUrl }, { status: 202, headers: { Location: statusUrl, "Cache-Control": "no-store" } });
});
