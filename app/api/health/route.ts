import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// Public: load balancers probe it. It reveals only the database kind and state.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
