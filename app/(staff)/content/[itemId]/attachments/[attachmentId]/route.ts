import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { readAttachment } from "@/lib/content/attachments/read-attachment";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// An image attachment of a content item, shown inline. The stored bytes were
// re-encoded on upload; the stored file name is not sent (it is shown on the page).
export const GET = busyAware("staff.attachment", { format: "text" }, async (_request: Request, { params }: { params: Promise<{ itemId: string; attachmentId: string }> }) => {
  const actor = await requireApiPermission("content:view");
  if (actor instanceof Response) return actor;
  const { itemId, attachmentId } = await params;
  const attachment = await readAttachment(actor, itemId, attachmentId);
  if (!attachment) return notFoundResponse();
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.mimeType,
      "Content-Disposition": "inline",
      "Content-Length": String(attachment.content.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
