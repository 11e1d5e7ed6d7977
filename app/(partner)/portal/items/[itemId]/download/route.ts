import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { deliverItem } from "@/lib/delivery/deliver-item";
import { DownloadFormat } from "@/lib/delivery/formats";
import { CardTemplateName, DEFAULT_CARD_TEMPLATE, type CardTemplate } from "@/lib/delivery/quote-card/card-design";
import { countPortalRequest, tooManyRequestsResponse } from "@/lib/delivery/portal-rate-limit";
import { portalRecipient, type Recipient } from "@/lib/delivery/recipient";
import { crossSiteResponse, fileResponse, refusalResponse } from "@/lib/delivery/respond";
import { preparedDownloadFor } from "@/lib/delivery/prepared/fetch-prepared-download";
import { portalPreparedResponse } from "@/lib/delivery/prepared/portal-prepared-response";
import { requestItemPdf } from "@/lib/delivery/prepared/prepare-in-background";
import { waitForJob } from "@/lib/delivery/prepared/wait-for-prepared";
import { requestId } from "@/lib/request-id";
import { requestRenderLocale } from "@/lib/i18n/request-locale";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ itemId: string }> };

// A PDF is rendered by a background job: the request waits for it a while and streams it;
// past that, the partner is sent to the job's progress page. Waiting takes no heavy place.
async function pdfResponse(request: Request, recipient: Recipient, itemId: string, id: string): Promise<Response> {
  const jobId = await requestItemPdf(recipient, itemId, id);
  await waitForJob(jobId, { signal: request.signal });
  return portalPreparedResponse(await preparedDownloadFor(recipient, jobId), jobId, request.url, await requestRenderLocale());
}

// The other formats are quick and stay in the request, behind the heavy-request gate.
const inRequest = busyAware("portal.item-download", { format: "text", heavy: true }, async (_request: Request, { recipient, itemId, format, template, id }: { recipient: Recipient; itemId: string; format: DownloadFormat; template: CardTemplate; id: string }) => {
  try {
    return fileResponse(await deliverItem(recipient, itemId, format, id, { template }));
  } catch (error) {
    return refusalResponse(error, await requestRenderLocale());
  }
});

// One item in one format, recorded and fingerprinted for the partner's organisation.
export const GET = busyAware("portal.item-download", { format: "text" }, async (request: Request, { params }: Context) => {
  const partner = await requireApiPermission("portal:download");
  if (partner instanceof Response) return partner;
  const crossSite = crossSiteResponse(request, await requestRenderLocale());
  if (crossSite) return crossSite;
  const recipient = portalRecipient(partner);
  const query = new URL(request.url).searchParams;
  const format = DownloadFormat.safeParse(query.get("format") ?? "md");
  const template = CardTemplateName.safeParse(query.get("template") ?? DEFAULT_CARD_TEMPLATE);
  if (!recipient || !format.success || !template.success) return notFoundResponse();
  const id = await requestId();
  const tooMany = await countPortalRequest(partner, "download", id);
  if (tooMany) return tooManyRequestsResponse(tooMany, await requestRenderLocale());
  const { itemId } = await params;
  if (format.data === "pdf") return pdfResponse(request, recipient, itemId, id);
  return inRequest(request, { recipient, itemId, format: format.data, template: template.data, id });
});
