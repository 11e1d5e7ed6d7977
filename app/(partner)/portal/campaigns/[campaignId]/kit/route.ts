import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { deliverCampaignKit } from "@/lib/delivery/deliver-kit";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse, fileResponse, refusalResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";

export const dynamic = "force-dynamic";

// The campaign kit, streamed: the ZIP's first bytes leave before its last PDF is drawn.
export async function GET(request: Request, { params }: { params: Promise<{ campaignId: string }> }) {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  if (!recipient) return notFoundResponse();
  try {
    const kit = await deliverCampaignKit(recipient, (await params).campaignId, await requestId());
    return fileResponse(kit, { "X-Countervoice-Items": String(kit.itemCount) });
  } catch (error) {
    return refusalResponse(error);
  }
}
