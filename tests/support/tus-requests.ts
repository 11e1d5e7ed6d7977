// tus protocol requests, sent straight to the upload route's server (no HTTP server needed).
import type { Actor } from "@/lib/auth/policy";
import { uploadServer } from "@/lib/testimony/uploads/upload-server";
import { rid } from "./factories";

const BASE = "http://localhost/api/uploads";
const TUS = { "Tus-Resumable": "1.0.0" };
const meta = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString("base64")}`)
    .join(",");

export const tus = (actor: Actor, request: Request) => uploadServer(actor, rid()).handleWeb(request);

export async function createUpload(actor: Actor, fields: { sourceId: string; filetype: string; filename?: string }, size: number): Promise<Response> {
  return tus(actor, new Request(BASE, { method: "POST", headers: { ...TUS, "Upload-Length": String(size), "Upload-Metadata": meta({ filename: "clip", ...fields }) } }));
}

export const uploadIdOf = (created: Response) => created.headers.get("location")!.split("/").pop()!;

export async function uploadOffset(actor: Actor, id: string): Promise<Response> {
  return tus(actor, new Request(`${BASE}/${id}`, { method: "HEAD", headers: TUS }));
}

/** A PATCH whose body is `data`, or, with `dropAfter`, only its first bytes before the connection drops. */
export async function patchUpload(actor: Actor, id: string, offset: number, data: Buffer, dropAfter?: number): Promise<Response> {
  const sent = dropAfter === undefined ? data : data.subarray(0, dropAfter);
  let at = 0;
  // Piece by piece, as the reader asks: an error raised up front would discard what was queued.
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at < sent.length) {
        controller.enqueue(new Uint8Array(sent.subarray(at, at + 50_000)));
        at += 50_000;
      } else if (dropAfter === undefined) controller.close();
      else controller.error(new Error("network dropped"));
    },
  });
  const headers = { ...TUS, "Upload-Offset": String(offset), "Content-Type": "application/offset+octet-stream" };
  return tus(actor, new Request(`${BASE}/${id}`, { method: "PATCH", headers, body, duplex: "half" } as RequestInit));
}
