import { deliverItem } from "@/lib/delivery/deliver-item";
import { DOWNLOAD_FORMATS, type DownloadFormat } from "@/lib/delivery/formats";
import { CARD_TEMPLATE_NAMES, type CardTemplate } from "@/lib/delivery/quote-card/card-design";
import { fileResponse } from "@/lib/delivery/respond";
import { apiPreparedResponse } from "@/lib/delivery/prepared/api-prepared-response";
import { preparedDownloadFor } from "@/lib/delivery/prepared/fetch-prepared-download";
import { requestItemPdf } from "@/lib/delivery/prepared/prepare-in-background";
import { waitForJob } from "@/lib/delivery/prepared/wait-for-prepared";
import { apiRecipient, authenticatePartnerToken, type PartnerCaller } from "@/lib/partner-api/authenticate-partner-token";
import { apiError, errorResponse, notFound } from "@/lib/partner-api/respond";
import { AssetIdParam, DownloadQuery } from "@/lib/partner-api/schemas";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// A PDF is rendered by a background job; the request waits for it (up to 20 s) and streams
// it, so existing clients see no change. A slower one is answered 202 with a Location to poll.
async function pdfResponse(request: Request, caller: PartnerCaller, assetId: string): Promise<Response> {
  const recipient = apiRecipient(caller);
  const jobId = await requestItemPdf(recipient, assetId, caller.requestId);
  await waitForJob(jobId, { signal: request.signal });
  return apiPreparedResponse(await preparedDownloadFor(recipient, jobId), jobId, caller.requestId);
}

const inRequest = busyAware("api.asset-download", { format: "json", heavy: true }, async (_request: Request, { caller, assetId, format, template }: { caller: PartnerCaller; assetId: string; format: Exclude<DownloadFormat, "pdf">; template: CardTemplate }) => {
  try {
    return fileResponse(await deliverItem(apiRecipient(caller), assetId, format, caller.requestId, { template }));
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});

// One asset in one format, recorded against the token and fingerprinted for its organisation.
// An unknown id and an item not shared with the organisation get the same 404.
export const GET = busyAware("api.asset-download", { format: "json" }, async (request: Request, { params }: { params: Promise<{ assetId: string }> }) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const assetId = AssetIdParam.safeParse((await params).assetId);
  if (!assetId.success) return notFound();
  const query = DownloadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(400, query.error.issues.some((i) => i.path[0] === "template") ? `template must be one of ${CARD_TEMPLATE_NAMES.join(", ")}.` : `format must be one of ${DOWNLOAD_FORMATS.join(", ")}.`);
  try {
    const { format, template } = query.data;
    if (format === "pdf") return await pdfResponse(request, caller, assetId.data);
    return inRequest(request, { caller, assetId: assetId.data, format, template });
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
