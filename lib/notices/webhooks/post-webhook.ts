// One HTTP POST to a partner's endpoint. The host is resolved and every address checked
// here, at delivery, and the connection is pinned to the checked address, so a DNS answer
// that changes after registration (or between check and connect) cannot steer the request
// inward. Redirects are never followed; at most a few KB of the answer are read.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { checkWebhookUrlForm, resolvePermittedAddresses, WebhookUrlRefused, type ResolveHost, type WebhookUrlRules } from "./webhook-url";

export const WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 4096;

/** statusCode: the receiver's answer, or null when none came; error: a fixed class, never the receiver's text. */
export type PostOutcome = { statusCode: number | null; error: string | null; durationMs: number };

export type PostOptions = WebhookUrlRules & { timeoutMs?: number; resolve?: ResolveHost };

function errorClassOf(error: unknown): string {
  if (error instanceof WebhookUrlRefused) return "address-refused";
  const code = (error as { code?: string } | null)?.code ?? "";
  if (code === "ECONNREFUSED") return "connection-refused";
  if (code === "ECONNRESET" || code === "EPIPE") return "connection-reset";
  if (code === "ETIMEDOUT" || code === "timeout") return "timeout";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "dns";
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return "tls";
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return "unreachable";
  return "network";
}

/** A lookup that answers with the address already checked, whatever Node asks for. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address);
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

export async function postWebhook(rawUrl: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<PostOutcome> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null): PostOutcome => ({ statusCode, error, durationMs: Math.round(performance.now() - started) });
  let url: URL;
  let address: string;
  try {
    url = checkWebhookUrlForm(rawUrl, options);
    [address] = (await resolvePermittedAddresses(url.hostname, options, options.resolve)) as [string];
  } catch (error) {
    return done(null, errorClassOf(error));
  }
  const transport = url.protocol === "https:" ? https : http;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const settle = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(statusCode, error));
    };
    const request = transport.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)), "User-Agent": "Countervoice-Webhooks/1" },
        lookup: pinnedLookup(address),
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? null;
        let read = 0;
        const finish = () => {
          settle(status, status !== null && status >= 300 && status < 400 ? "redirect-not-followed" : null);
          response.destroy();
        };
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read >= MAX_RESPONSE_BYTES) finish();
        });
        response.on("end", finish);
        response.on("error", finish);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      settle(null, "timeout");
    }, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    request.on("error", (error) => settle(null, errorClassOf(error)));
    request.end(body);
  });
}
