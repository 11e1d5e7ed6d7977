import { authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { apiJson, errorResponse, notFound } from "@/lib/partner-api/respond";
import { Takedown, TakedownIdParam } from "@/lib/partner-api/schemas";
import { acknowledgeTakedownByApi } from "@/lib/takedowns/acknowledge-takedown";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// Confirms the organisation removed every copy. Idempotent: a second call answers the same
// take-down, still confirmed at the first time. Another organisation's id is a 404.
export const POST = busyAware("api.takedown-ack", { format: "json" }, async (request: Request, { params }: { params: Promise<{ takedownId: string }> }) => {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const takedownId = TakedownIdParam.safeParse((await params).takedownId);
  if (!takedownId.success) return notFound();
  try {
    return apiJson(Takedown, await acknowledgeTakedownByApi(caller, takedownId.data));
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
});
