import { apiPreparedResponse } from "@/lib/delivery/prepared/api-prepared-response";
import { preparedDownloadFor } from "@/lib/delivery/prepared/fetch-prepared-download";
import { apiRecipient, authenticatePartnerToken } from "@/lib/partner-api/authenticate-partner-token";
import { errorResponse, notFound } from "@/lib/partner-api/respond";
import { DownloadIdParam } from "@/lib/partner-api/schemas";

export const dynamic = "force-dynamic";

// A download the API answered 202 for: 202 again while it is being made, then the file, once,
// to the token that asked for it (any other token, even of the same organisation, gets 404).
export async function GET(request: Request, { params }: { params: Promise<{ downloadId: string }> }) {
  const caller = await authenticatePartnerToken(request);
  if (caller instanceof Response) return caller;
  const downloadId = DownloadIdParam.safeParse((await params).downloadId);
  if (!downloadId.success) return notFound();
  try {
    return apiPreparedResponse(await preparedDownloadFor(apiRecipient(caller), downloadId.data), downloadId.data, caller.requestId);
  } catch (error) {
    return errorResponse(error, caller.requestId);
  }
}
