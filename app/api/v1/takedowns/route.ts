import { authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { apiError, apiJson, errorResponse } from "@/lib/partner-api/respond";
import { PageQuery, TakedownList } from "@/lib/partner-api/schemas";
import { listPartnerTakedowns } from "@/lib/takedowns/list-partner-takedowns";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// The token's organisation's take-downs, open first: what it still has to remove.
export const GET = busyAware("api.takedowns", { format: "json" }, async (request: Request) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const query = PageQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(400, "page must be a whole number from 1 to 10000.");
  try {
    return apiJson(TakedownList, await listPartnerTakedowns(caller, query.data.page));
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
