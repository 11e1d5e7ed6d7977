// Schemathesis-style fuzzing of the partner API, driven by its own OpenAPI document: every
// operation is called with hostile path and query parameters (from each parameter's schema)
// and with hostile, missing or valid bearer tokens. Every answer must be one the document
// declares for that operation, never a 5xx, JSON with an "error" message when it refuses, and
// a refusal must change no table.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/partner-api/openapi";
import { db } from "@/lib/db/client";
import { createContentItem, createPartnerOrg, createUser } from "@/tests/support/factories";
import { campaignWith, tokenFor } from "@/lib/partner-api/test-fixtures";
import { HOSTILE_STRINGS, prototypePolluted } from "./hostile-payloads";
import { changedTables, tableChecksums } from "./table-checksums";

type Operation = { operationId: string; parameters?: { name: string; in: "path" | "query"; schema: Record<string, unknown> }[]; responses: Record<string, unknown> };
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const document = openApiDocument() as unknown as { paths: Record<string, Record<string, Operation>> };
const OPERATIONS = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, path, method, operation] as const));
const RUNS_PER_OPERATION = 25;
// A token's row records its last use on every authenticated call.
const TOUCHED_BY_EVERY_CALL = ["PartnerApiToken"];

/** The route handler module of an OpenAPI path: /api/v1/assets/{assetId}/download → app/api/v1/assets/[assetId]/download/route.ts */
async function handlerOf(path: string, method: string): Promise<Handler> {
  const file = `@/app${path.replace(/\{(\w+)\}/g, "[$1]")}/route`;
  const handler = ((await import(/* @vite-ignore */ file)) as Record<string, Handler | undefined>)[method.toUpperCase()];
  if (!handler) throw new Error(`${file} has no ${method.toUpperCase()} handler, though the document declares one`);
  return handler;
}

function parameterValue(schema: Record<string, unknown>, known: string[]): fc.Arbitrary<string | undefined> {
  const enumValues = (schema.enum as string[] | undefined) ?? [];
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...HOSTILE_STRINGS.map((s) => s.slice(0, 3_000))),
    fc.string({ unit: "binary", maxLength: 50 }),
    fc.integer({ min: -5, max: 100_000 }).map(String),
    ...(enumValues.length ? [fc.constantFrom(...enumValues)] : []),
    ...(known.length ? [fc.constantFrom(...known)] : []),
  );
}

describe("the partner API under hostile requests, from its OpenAPI document", () => {
  it.each(OPERATIONS)("%s answers only as documented, never 5xx, and a refusal changes nothing", async (_name, path, method, operation) => {
    const editor = await createUser("EDITOR");
    const org = await createPartnerOrg("Fuzz Org");
    const published = await createContentItem({ createdBy: editor, state: "PUBLISHED", title: "Hunger, not a caliphate" });
    await campaignWith("Shared", [published.id], [org.id], editor.id);
    // a take-down of the organisation's own, so some calls reach a real one
    const takedown = await db().takedown.create({ data: { itemId: published.id, partnerOrgId: org.id, reason: "RETIRED", deadlineAt: new Date(Date.now() + 86_400_000) } });
    const { plaintext } = await tokenFor(org.id);
    const handler = await handlerOf(path, method);
    const declared = new Set(Object.keys(operation.responses));
    const parameters = operation.parameters ?? [];
    const token = fc.oneof(
      { arbitrary: fc.constant(plaintext), weight: 4 },
      { arbitrary: fc.constant(undefined), weight: 1 },
      { arbitrary: fc.constantFrom("cvp_" + "A".repeat(40), plaintext + "x", plaintext.toUpperCase(), "", " ", "Bearer", "\u202Ecvp_", "cvp_" + "\u00e9".repeat(500)), weight: 2 },
    );
    const values = fc.record(Object.fromEntries(parameters.map((p) => [p.name, parameterValue(p.schema, p.in === "path" ? [published.id, takedown.id] : [])])));

    await fc.assert(
      fc.asyncProperty(values, token, fc.boolean(), async (params, bearer, basicScheme) => {
        const pathParams: Record<string, string> = {};
        const query = new URLSearchParams();
        for (const p of parameters) {
          const value = params[p.name] as string | undefined;
          if (p.in === "path") pathParams[p.name] = value ?? "";
          else if (value !== undefined) query.set(p.name, value);
        }
        const headers: Record<string, string> = {};
        if (bearer !== undefined) headers.Authorization = `${basicScheme ? "Bearer" : "Basic"} ${bearer}`;
        let url: string;
        let request: Request;
        try {
          url = `http://localhost${path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathParams[name] ?? ""))}${query.size ? `?${query}` : ""}`;
          request = new Request(url, { method: method.toUpperCase(), headers });
        } catch {
          return; // not a request any client can send (a lone surrogate in the path, an invalid header value)
        }
        const before = await tableChecksums(TOUCHED_BY_EVERY_CALL);
        const response = await handler(request, { params: Promise.resolve(pathParams) });
        expect(response.status, `${url} → ${response.status}`).toBeLessThan(500);
        expect(declared.has(String(response.status)) || (path.endsWith("openapi.json") && response.status === 200), `${url}: ${response.status} is not in the document`).toBe(true);
        if (response.status >= 400) {
          expect(response.headers.get("content-type")).toMatch(/^application\/json/);
          expect(await response.json()).toEqual({ error: expect.any(String) });
          expect(changedTables(before, await tableChecksums(TOUCHED_BY_EVERY_CALL))).toEqual([]);
        }
        expect(prototypePolluted()).toBe(false);
      }),
      { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
    );
  }, 240_000);
});
