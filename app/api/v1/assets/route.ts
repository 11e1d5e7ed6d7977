import { authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { listPartnerAssets } from "@/lib/partner-api/list-assets";
import { apiError, apiJson, errorResponse } from "@/lib/partner-api/respond";
import { AssetList, AssetListQuery } from "@/lib/partner-api/schemas";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

function badQueryMessage(field: PropertyKey | undefined): string {
  if (field === "cursor") return "Send either cursor or page, not both; a cursor is at most 200 characters.";
  return "page must be a whole number from 1 to 10000.";
}

// PUBLISHED assets shared with the token's organisation, a cursor page at a time (or by the deprecated ?page=).
export const GET = busyAware("api.assets", { format: "json" }, async (request: Request) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const query = AssetListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return apiError(400, badQueryMessage(query.error.issues[0]?.path[0]));
  try {
    const list = await listPartnerAssets(caller, query.data);
    if (list === "invalid-cursor") return apiError(400, "cursor is not valid: pass back a nextCursor exactly as received, or omit it for the first page.");
    return apiJson(AssetList, list);
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
