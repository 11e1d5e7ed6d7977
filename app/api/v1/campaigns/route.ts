import { authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { listPartnerCampaigns } from "@/lib/partner-api/list-campaigns";
import { apiError, apiJson, errorResponse } from "@/lib/partner-api/respond";
import { CampaignList, PageQuery } from "@/lib/partner-api/schemas";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// The campaigns shared with the token's organisation.
export const GET = busyAware("api.campaigns", { format: "json" }, async (request: Request) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const query = PageQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(400, "page must be a whole number from 1 to 10000.");
  try {
    return apiJson(CampaignList, await listPartnerCampaigns(caller, query.data.page));
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
