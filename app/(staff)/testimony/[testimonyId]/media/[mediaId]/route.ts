import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { requestId } from "@/lib/request-id";
import { NotAllowed, NotFound } from "@/lib/errors";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { readTestimonyMedia } from "@/lib/testimony/read-testimony-media";
import { getCurrentSession } from "@/lib/auth/current-user";
import { reauthIsRecent, reauthPathFor } from "@/lib/auth/recent-reauth";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// A media file of a testimony, decrypted, as a download. The original file name
// may identify the source, so the download is named by the media id.
export const GET = busyAware("staff.testimony-media", { format: "text" }, async (_request: Request, { params }: { params: Promise<{ testimonyId: string; mediaId: string }> }) => {
  const actor = await requireApiPermission("testimony:view-raw");
  if (actor instanceof Response) return actor;
  const { testimonyId, mediaId } = await params;
  const id = await requestId();
  // Someone not on the source's team (nor assigned to review it) is told nothing more than a
  // stranger; whoever may read it, like on the transcript page it is linked from, has proved
  // who they are within 10 minutes.
  const allowed = await assertRawTestimonyAccess(actor, testimonyId, id).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotAllowed || error instanceof NotFound) return false;
      throw error;
    },
  );
  if (!allowed) return notFoundResponse();
  const session = await getCurrentSession();
  if (!session || !reauthIsRecent(session.reauthAt)) {
    return new Response(null, { status: 303, headers: { Location: reauthPathFor(`/testimony/${encodeURIComponent(testimonyId)}`), "Cache-Control": "no-store" } });
  }
  const media = await readTestimonyMedia(actor, testimonyId, mediaId, id).catch((error: unknown) => {
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
});
