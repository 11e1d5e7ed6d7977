import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { deliverImage } from "@/lib/delivery/deliver-item";
import { readPortalImage } from "@/lib/delivery/get-portal-item";
import { countPortalRequest, tooManyRequestsResponse } from "@/lib/delivery/portal-rate-limit";
import { portalRecipient } from "@/lib/delivery/recipient";
import { crossSiteResponse, fileResponse, refusalResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";
import { requestRenderLocale } from "@/lib/i18n/request-locale";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// An image of a shared item: shown inline for the preview, or, with ?download=1,
// downloaded as a recorded download. Either way the stored bytes carry no metadata.
export const GET = busyAware("portal.item-image", { format: "text" }, async (request: Request, { params }: { params: Promise<{ itemId: string; attachmentId: string }> }) => {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const { itemId, attachmentId } = await params;
  const download = new URL(request.url).searchParams.get("download") === "1";
  const id = await requestId();
  if (download) {
    const crossSite = crossSiteResponse(request, await requestRenderLocale());
    if (crossSite) return crossSite;
  }
  const tooMany = await countPortalRequest(partner, download ? "download" : "preview", id);
  if (tooMany) return tooManyRequestsResponse(tooMany, await requestRenderLocale());
  if (download) {
    const recipient = portalRecipient(partner);
    if (!recipient) return notFoundResponse();
    try {
      return fileResponse(await deliverImage(recipient, itemId, attachmentId, id));
    } catch (error) {
      return refusalResponse(error, await requestRenderLocale());
    }
  }
  const image = await readPortalImage(partner, itemId, attachmentId);
  if (!image) return notFoundResponse();
  return new Response(new Uint8Array(image.content), {
    headers: {
      "Content-Type": image.mimeType,
      "Content-Disposition": "inline",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
