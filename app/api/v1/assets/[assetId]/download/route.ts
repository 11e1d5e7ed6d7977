import { deliverItem } from "@/lib/delivery/deliver-item";
import { DOWNLOAD_FORMATS } from "@/lib/delivery/formats";
import { fileResponse } from "@/lib/delivery/respond";
import { apiRecipient, authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { apiError, errorResponse, notFound } from "@/lib/partner-api/respond";
import { AssetIdParam, DownloadQuery } from "@/lib/partner-api/schemas";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// One asset in one format, recorded against the token and fingerprinted for its organisation.
// An unknown id and an item not shared with the organisation get the same 404.
export const GET = busyAware("api.asset-download", { format: "json", heavy: true }, async (request: Request, { params }: { params: Promise<{ assetId: string }> }) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const assetId = AssetIdParam.safeParse((await params).assetId);
  if (!assetId.success) return notFound();
  const query = DownloadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(400, `format must be one of ${DOWNLOAD_FORMATS.join(", ")}.`);
  try {
    return fileResponse(await deliverItem(apiRecipient(caller), assetId.data, query.data.format, caller.requestId));
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
