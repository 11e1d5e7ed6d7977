import { requireApiPermission } from "@/lib/auth/api-guard";
import { requestId } from "@/lib/request-id";
import { uploadServer } from "@/lib/testimony/uploads/upload-server";

export const dynamic = "force-dynamic";

// Resumable uploads of testimony media (the tus protocol: POST creates, HEAD tells the offset,
// PATCH continues, DELETE cancels). Editors only; the store checks the source's team and that
// an upload is the asker's own. Bytes are sealed as they arrive (lib/testimony/uploads).
async function handle(request: Request): Promise<Response> {
  const actor = await requireApiPermission("testimony:edit");
  if (actor instanceof Response) return actor;
  const response = await uploadServer(actor, await requestId()).handleWeb(request);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const POST = handle;
export const PATCH = handle;
export const HEAD = handle;
export const DELETE = handle;
export const OPTIONS = handle;
