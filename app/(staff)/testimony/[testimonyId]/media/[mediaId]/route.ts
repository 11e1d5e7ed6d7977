import { notFoundResponse, requireApiPermission } from "@/lib/auth/api-guard";
import { requestId } from "@/lib/request-id";
import { NotAllowed, NotFound } from "@/lib/errors";
import { assertRawTestimonyAccess } from "@/lib/sources/team/assert-source-access";
import { readTestimonyMedia } from "@/lib/testimony/read-testimony-media";
import { getCurrentSession } from "@/lib/auth/current-user";
import { reauthIsRecent, reauthPathFor } from "@/lib/auth/recent-reauth";
import { byteRangeOf, responseBody } from "@/lib/http/byte-range";
import { busyAware } from "@/lib/http/busy-aware-route";

export const dynamic = "force-dynamic";

// A media file of a testimony, decrypted as it streams, as a download. The original file name
// may identify the source, so the download is named by the media id. A single byte range is
// served (a resumed download, a player seeking) by opening only the 64 KiB chunks it covers.
export const GET = busyAware("staff.testimony-media", { format: "text" }, async (request: Request, { params }: { params: Promise<{ testimonyId: string; mediaId: string }> }) => {
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
  const media = await readTestimonyMedia(actor, testimonyId, mediaId, id, (size) => {
    const answer = byteRangeOf(request.headers.get("range"), size);
    return answer.kind === "part" ? { start: answer.start, end: answer.end } : answer.kind === "unsatisfiable" ? "unsatisfiable" : null;
  }).catch((error: unknown) => {
    if (error instanceof NotAllowed) return null;
    throw error;
  });
  if (!media) return notFoundResponse();
  const headers: Record<string, string> = {
    "Content-Type": media.mimeType,
    "Content-Disposition": `attachment; filename="media-${media.id}.${media.extension}"`,
    "Accept-Ranges": "bytes",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (media.range === "unsatisfiable" || !media.body) {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${media.size}` } });
  }
  if (media.range) {
    const { start, end } = media.range;
    return new Response(responseBody(media.body), {
      status: 206,
      headers: { ...headers, "Content-Range": `bytes ${start}-${end}/${media.size}`, "Content-Length": String(end - start + 1) },
    });
  }
  return new Response(responseBody(media.body), { headers: { ...headers, "Content-Length": String(media.size) } });
});
