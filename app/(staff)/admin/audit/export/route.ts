import { requireApiPermission } from "@/lib/auth/api-guard";
import { AuditFilter } from "@/lib/audit/audit-filter";
import { loadQuery } from "@/lib/query-handles/query-handle";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { crossSiteResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// The audit viewer's filtered events as CSV, streamed; the export itself is audited.
export const GET = busyAware("admin.audit-export", { format: "text", heavy: true }, async (request: Request) => {
  const admin = await requireApiPermission("audit:export");
  if (admin instanceof Response) return admin;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  // The filter is the audit page's query handle (lib/query-handles); none: every event.
  const handle = new URL(request.url).searchParams.get("h");
  const filter = handle === null ? {} : await loadQuery(admin.id, "audit", handle, AuditFilter);
  if (!filter) {
    return new Response("This filter has expired. Filter the audit log again, then download.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { stream, fileName } = await exportAuditCsv(admin, filter, await requestId());
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
