import { requireApiPermission } from "@/lib/auth/api-guard";
import { exportChainHeadFor } from "@/lib/audit/check-chain-now";
import { crossSiteResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// The audit chain's head as a small JSON file, to keep outside the database; `npm run
// audit:verify -- --expect-head FILE` later proves the chain still holds it.
export const GET = busyAware("admin.audit-head", { format: "text" }, async (request: Request) => {
  const admin = await requireApiPermission("audit:export");
  if (admin instanceof Response) return admin;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  const head = await exportChainHeadFor(admin, await requestId());
  if (!head) return new Response("The audit trail is empty: there is no head to export yet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(JSON.stringify(head, null, 2) + "\n", {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="countervoice-audit-head-${head.sequence}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
