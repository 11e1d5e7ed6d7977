import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { deliverItem } from "@/lib/delivery/deliver-item";
import { DownloadFormat } from "@/lib/delivery/formats";
import { countPortalRequest, tooManyRequestsResponse } from "@/lib/delivery/portal-rate-limit";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse, fileResponse, refusalResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// One item in one format, recorded and fingerprinted for the partner's organisation.
export const GET = busyAware("portal.item-download", { format: "text", heavy: true }, async (request: Request, { params }: { params: Promise<{ itemId: string }> }) => {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  const format = DownloadFormat.safeParse(new URL(request.url).searchParams.get("format") ?? "md");
  if (!recipient || !format.success) return notFoundResponse();
  const id = await requestId();
  const tooMany = await countPortalRequest(partner, "download", id);
  if (tooMany) return tooManyRequestsResponse(tooMany);
  try {
    return fileResponse(await deliverItem(recipient, (await params).itemId, format.data, id));
  } catch (error) {
    return refusalResponse(error);
  }
});
