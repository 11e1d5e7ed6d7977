import "server-only";
import { randomUUID } from "node:crypto";

/**
 * A fresh id for this request, made by the server: it ties log lines to audit events, so a
 * client never chooses it (an x-request-id header is ignored; a client could otherwise make
 * its actions share an id with someone else's, or plant text in the log). Call it once per
 * request and pass the id along. Async for the callers written when it read a header.
 */
export async function requestId(): Promise<string> {
  return randomUUID();
}
