// The tus server of /api/uploads for one request. Its store knows who is asking; the lock
// that keeps two PATCHes of one upload apart is shared by every request of this instance.
// (Several instances: route an upload's requests to one of them, or see README "Storage".)
import "server-only";
import { randomUUID } from "node:crypto";
import { MemoryLocker, Server } from "@tus/server";
import type { Actor } from "@/lib/auth/policy";
import { errorClassOnly, log } from "@/lib/log";
import { MAX_RESUMABLE_MEDIA_BYTES } from "../upload-limits";
import { SealedUploadStore } from "./sealed-upload-store";

export const UPLOADS_PATH = "/api/uploads";

const locker = new MemoryLocker();

export function uploadServer(actor: Actor, requestId: string): Server {
  return new Server({
    path: UPLOADS_PATH,
    datastore: new SealedUploadStore(actor, requestId),
    locker,
    relativeLocation: true,
    respectForwardedHeaders: false,
    maxSize: MAX_RESUMABLE_MEDIA_BYTES,
    namingFunction: () => randomUUID(),
    // The refusal text is ours; anything unexpected is logged by class only and not shown (it could name a path).
    onResponseError: (_request, error) => {
      if ("status_code" in error) return undefined;
      log("error", "upload.failed", { requestId, error: errorClassOnly(error) });
      return { status_code: 500, body: `The upload failed on the server (request ${requestId}).\n` };
    },
  });
}
