// Writes every response the journeys see (its status line and headers, and the body of an
// error response) to the file named by E2E_RESPONSES_FILE, for the identifier scan that
// scripts/e2e.ts runs after the journeys (tests/support/identifier-scan.ts).
import fs from "node:fs";
import type { APIRequestContext, APIResponse, BrowserContext, Response } from "@playwright/test";

const FILE = process.env.E2E_RESPONSES_FILE;
const BODY_LIMIT = 64 * 1024;
const TEXT_TYPE = /^(text\/|application\/(json|javascript|xml|x-www-form-urlencoded|problem\+json)|image\/svg)/i;

type Seen = { url: string; status: number; method: string; headers: { name: string; value: string }[]; contentType: string };

function append(seen: Seen, body: string | null) {
  if (!FILE) return;
  const lines = [`${seen.status} ${seen.method} ${seen.url}`, ...seen.headers.map((h) => `  ${h.name}: ${h.value}`)];
  if (body !== null) lines.push(...body.slice(0, BODY_LIMIT).split("\n").map((line) => `  | ${line}`));
  fs.appendFileSync(FILE, lines.join("\n") + "\n");
}

const wantsBody = (seen: Seen) => seen.status >= 400 && TEXT_TYPE.test(seen.contentType);

async function recordPageResponse(response: Response) {
  try {
    const headers = await response.headersArray();
    const seen = { url: response.url(), status: response.status(), method: response.request().method(), headers, contentType: (await response.headerValue("content-type")) ?? "" };
    append(seen, wantsBody(seen) ? await response.text().catch(() => null) : null);
  } catch {
    // The page closed before the response could be read: its headers went with it.
  }
}

async function recordApiResponse(method: string, response: APIResponse) {
  const headers = response.headersArray();
  const seen = { url: response.url(), status: response.status(), method, headers, contentType: response.headers()["content-type"] ?? "" };
  append(seen, wantsBody(seen) ? await response.text().catch(() => null) : null);
}

export function recordResponses(context: BrowserContext) {
  if (!FILE) return;
  context.on("response", (response) => void recordPageResponse(response));
  recordApiResponses(context.request);
}

const METHODS = ["fetch", "get", "post", "put", "patch", "delete", "head"] as const;

/** Wraps one request context's methods so that the responses it returns are recorded too. */
export function recordApiResponses(request: APIRequestContext) {
  if (!FILE) return;
  for (const method of METHODS) {
    const original = request[method].bind(request) as (...args: unknown[]) => Promise<APIResponse>;
    (request as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const response = await original(...args);
      await recordApiResponse(method === "fetch" ? ((args[1] as { method?: string } | undefined)?.method ?? "GET").toUpperCase() : method.toUpperCase(), response);
      return response;
    };
  }
}
