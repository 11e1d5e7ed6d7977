import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { deliverCampaignKit } from "@/lib/delivery/deliver-kit";
import { countPortalRequest, tooManyRequestsResponse } from "@/lib/delivery/portal-rate-limit";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse, fileResponse, refusalResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// The campaign kit, streamed: the ZIP's first bytes leave before its last PDF is drawn.
export const GET = busyAware("portal.kit", { format: "text", heavy: true }, async (request: Request, { params }: { params: Promise<{ campaignId: string }> }) => {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  if (!recipient) return notFoundResponse();
  const id = await requestId();
  const tooMany = await countPortalRequest(partner, "kit", id);
  if (tooMany) return tooManyRequestsResponse(tooMany);
  try {
    const kit = await deliverCampaignKit(recipient, (await params).campaignId, id);
    return fileResponse(kit, { "X-Countervoice-Items": String(kit.itemCount) });
  } catch (error) {
    return refusalResponse(error);
  }
});
