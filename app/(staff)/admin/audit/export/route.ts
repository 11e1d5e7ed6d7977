import { requireApiPermission } from "@/lib/auth/api-guard";
import { AuditFilter } from "@/lib/audit/audit-filter";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { crossSiteResponse } from "@/lib/delivery/respond";
import { requestId } from "@/lib/request-id";

export const dynamic = "force-dynamic";

// The audit viewer's filtered events as CSV, streamed; the export itself is audited.
export async function GET(request: Request) {
  const admin = await requireApiPermission("audit:export");
  if (admin instanceof Response) return admin;
  const crossSite = crossSiteResponse(request);
  if (crossSite) return crossSite;
  const filter = AuditFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filter.success) {
    const issue = filter.error.issues[0];
    return new Response(`Filter ${issue?.path.join(".") || "value"} ${issue?.message ?? "is invalid"}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const { stream, fileName } = await exportAuditCsv(admin, filter.data, await requestId());
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
