import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { requestId } from "@/lib/request-id";
import { NotAllowed } from "@/lib/errors";
import { readTestimonyMedia } from "@/lib/testimony/read-testimony-media";

export const dynamic = "force-dynamic";

// A media file of a testimony, decrypted, as a download. The original file name
// may identify the source, so the download is named by the media id.
export async function GET(_request: Request, { params }: { params: Promise<{ testimonyId: string; mediaId: string }> }) {
  const actor = await requireApiPermission("testimony:view-raw");
  if (actor instanceof Response) return actor;
  const { testimonyId, mediaId } = await params;
  // Someone not on the source's team (nor assigned to review it) is told nothing more than a stranger.
  const media = await readTestimonyMedia(actor, testimonyId, mediaId, await requestId()).catch((error: unknown) => {
    if (error instanceof NotAllowed) return null;
    throw error;
  });
  if (!media) return notFoundResponse();
  return new Response(media.bytes, {
    headers: {
      "Content-Type": media.mimeType,
      "Content-Disposition": `attachment; filename="media-${media.id}.${media.extension}"`,
      "Content-Length": String(media.bytes.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
