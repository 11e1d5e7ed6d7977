import { openApiDocument } from "@/lib/partner-api/openapi";

export const dynamic = "force-dynamic";

// Public: the partner API's OpenAPI 3 document, generated from its zod schemas.
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "no-store" } });
}
