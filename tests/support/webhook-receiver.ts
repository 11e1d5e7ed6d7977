// A partner's webhook receiver, written from the OpenAPI document alone (GET
// /api/v1/openapi.json: the `webhooks` description and its machine-readable
// `x-countervoice-webhook-signature`), as a partner would write one: verify the signature over
// the raw body in constant time, refuse a timestamp outside the tolerance, refuse an event id
// already accepted. It listens on 127.0.0.1 on a port of its own.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type SignatureScheme = { header: string; eventHeader: string; deliveryHeader: string; toleranceSeconds: number; algorithm: string };

/** What a published document says (GET /api/v1/openapi.json), read as a partner reads it. */
export function signatureSchemeOf(doc: unknown): SignatureScheme {
  const scheme = (doc as { "x-countervoice-webhook-signature": SignatureScheme })["x-countervoice-webhook-signature"];
  if (scheme.algorithm !== "HMAC-SHA256") throw new Error(`unexpected algorithm ${scheme.algorithm}`);
  return scheme;
}

/** The document as the API route serves it (integration tests run without a server). */
async function servedScheme(): Promise<SignatureScheme> {
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  return signatureSchemeOf(await GET().json());
}

export type Verdict = { ok: true; id: string; event: string } | { ok: false; reason: "missing-headers" | "malformed-signature" | "bad-signature" | "stale-timestamp" | "replayed" };

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

/** The verification steps of the document, in order. `seen`: ids already accepted. */
export function verifyWebhook(scheme: SignatureScheme, secret: string, rawBody: Buffer, headers: IncomingHttpHeaders, seen: Set<string>, nowSeconds: number): Verdict {
  const signature = header(headers, scheme.header);
  const id = header(headers, scheme.deliveryHeader);
  const event = header(headers, scheme.eventHeader);
  if (!signature || !id || !event) return { ok: false, reason: "missing-headers" };
  const parts = Object.fromEntries(signature.split(",").map((pair) => pair.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!/^\d+$/.test(parts.t ?? "") || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return { ok: false, reason: "malformed-signature" };
  const expected = createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.concat([Buffer.from(`${t}.`, "utf8"), rawBody])).digest();
  if (!timingSafeEqual(expected, Buffer.from(parts.v1!, "hex"))) return { ok: false, reason: "bad-signature" };
  if (Math.abs(nowSeconds - t) > scheme.toleranceSeconds) return { ok: false, reason: "stale-timestamp" };
  if (seen.has(id)) return { ok: false, reason: "replayed" };
  return { ok: true, id, event };
}

export type ReceivedEvent = { id: string; type: string; createdAt: string; data: Record<string, unknown> };

export type ReceiverOptions = {
  secret: string;
  /** Answer this status to the first n verified requests (a receiver having a bad time). */
  failFirst?: number;
  failStatus?: number;
  /** The receiver's clock, in Unix seconds. */
  clock?: () => number;
  /** From a running server's document; by default the route's answer in this process. */
  scheme?: SignatureScheme;
};

export async function startWebhookReceiver(options: ReceiverOptions) {
  const scheme = options.scheme ?? (await servedScheme());
  const seen = new Set<string>();
  const accepted: ReceivedEvent[] = [];
  const refused: Verdict[] = [];
  let verified = 0;
  let requests = 0;
  const state = { secret: options.secret, failFirst: options.failFirst ?? 0, failStatus: options.failStatus ?? 500 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      requests++;
      const raw = Buffer.concat(chunks);
      const verdict = verifyWebhook(scheme, state.secret, raw, request.headers, seen, options.clock?.() ?? Math.floor(Date.now() / 1000));
      if (!verdict.ok) {
        refused.push(verdict);
        response.writeHead(400).end(verdict.reason);
        return;
      }
      verified++;
      if (verified <= state.failFirst) {
        response.writeHead(state.failStatus).end("not now");
        return;
      }
      // Only an event answered 2xx counts as seen: a retry of one refused before is welcome.
      seen.add(verdict.id);
      accepted.push(JSON.parse(raw.toString("utf8")) as ReceivedEvent);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/countervoice/events`,
    scheme,
    accepted,
    refused,
    requests: () => requests,
    useSecret: (secret: string) => (state.secret = secret),
    failNext: (n: number, status = 500) => {
      state.failFirst = verified + n;
      state.failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
