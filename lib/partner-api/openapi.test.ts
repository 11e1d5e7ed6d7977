import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "./openapi";
import { apiComponents, Asset, AssetList, Campaign, CampaignList, ApiError, Takedown, TakedownList } from "./schemas";
import { WEBHOOK_EVENT_SCHEMAS, WEBHOOK_EVENT_TYPES } from "@/lib/notices/webhooks/webhook-payloads";
import { SIGNATURE_HEADER, DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_TOLERANCE_SECONDS } from "@/lib/notices/webhooks/sign-webhook";

type Node = Record<string, unknown>;
const doc = openApiDocument();

function walk(node: unknown, visit: (n: Node, path: string) => void, path = "#"): void {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, visit, `${path}/${i}`));
  else if (node && typeof node === "object") {
    visit(node as Node, path);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${path}/${key}`);
  }
}

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Node | undefined)?.[key], doc);
}

const OPERATIONS = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as Node })));

describe("the partner API's OpenAPI document", () => {
  it("is an OpenAPI 3.1 document with the bearer scheme and every path", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/assets", "/api/v1/assets/{assetId}/download", "/api/v1/campaigns", "/api/v1/downloads/{downloadId}", "/api/v1/openapi.json", "/api/v1/takedowns", "/api/v1/takedowns/{takedownId}/ack"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
  });

  it("resolves every $ref and keeps components free of what would make them separate documents", () => {
    const problems: string[] = [];
    walk(doc, (node, path) => {
      if (typeof node.$ref === "string" && resolve(node.$ref) === undefined) problems.push(`${path}: unresolved ${node.$ref}`);
      for (const key of ["$id", "$schema", "$defs", "nullable"]) if (key in node) problems.push(`${path}: ${key}`);
    });
    expect(problems).toEqual([]);
  });

  it("gives every operation a unique id, responses with descriptions, and its path parameters", () => {
    const ids = OPERATIONS.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(OPERATIONS.length);
    for (const { path, op } of OPERATIONS) {
      const responses = op.responses as Record<string, Node>;
      expect(Object.keys(responses).length).toBeGreaterThan(0);
      for (const response of Object.values(responses)) expect((response.$ref ? (resolve(response.$ref as string) as Node) : response).description).toEqual(expect.any(String));
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = ((op.parameters ?? []) as Node[]).filter((p) => p.in === "path");
      expect(declared.map((p) => p.name)).toEqual(pathParams);
      for (const p of declared) expect(p.required).toBe(true);
    }
  });

  it("documents the errors each protected operation can answer", () => {
    const codes = (path: "/api/v1/assets" | "/api/v1/campaigns" | "/api/v1/assets/{assetId}/download" | "/api/v1/takedowns") => Object.keys((doc.paths[path].get as Node).responses as Node).sort();
    expect(codes("/api/v1/assets")).toEqual(["200", "400", "401", "403", "429", "500"]);
    expect(codes("/api/v1/campaigns")).toEqual(["200", "400", "401", "403", "429", "500"]);
    expect(codes("/api/v1/assets/{assetId}/download")).toEqual(["200", "202", "400", "401", "403", "404", "429", "500"]);
    expect(codes("/api/v1/takedowns")).toEqual(["200", "400", "401", "403", "429", "500"]);
    expect(Object.keys(doc.paths["/api/v1/takedowns/{takedownId}/ack"].post.responses).sort()).toEqual(["200", "401", "403", "404", "429", "500"]);
    // a PDF that takes longer than the download waits: 202, then the file once at the Location
    expect(Object.keys(doc.paths["/api/v1/downloads/{downloadId}"].get.responses).sort()).toEqual(["200", "202", "401", "403", "404", "410", "429", "500"]);
    expect(doc.paths["/api/v1/assets/{assetId}/download"].get.responses["202"].headers.Location).toBeDefined();
    expect(doc.components.responses.TooManyRequests.headers["Retry-After"]).toBeDefined();
    const format = doc.paths["/api/v1/assets/{assetId}/download"].get.parameters.find((p) => p.name === "format");
    expect(format?.schema).toMatchObject({ type: "string", enum: ["md", "txt", "pdf", "png", "png-story", "zip"], default: "md" });
  });

  it("takes its component schemas from the zod schemas that validate the API", () => {
    const byId: Record<string, z.ZodObject> = { Asset, AssetList, Campaign, CampaignList, Error: ApiError, Takedown, TakedownList };
    for (const schema of Object.values(WEBHOOK_EVENT_SCHEMAS)) byId[apiComponents.get(schema)!.id] = schema;
    for (const id of Object.keys(byId)) expect(doc.components.schemas).toHaveProperty(id);
    for (const [id, schema] of Object.entries(byId)) {
      expect(apiComponents.get(schema)?.id).toBe(id);
      const component = doc.components.schemas[id] as { properties: Node; required: string[] };
      expect(Object.keys(component.properties).sort()).toEqual(Object.keys(schema.shape).sort());
      const required = Object.entries(schema.shape).filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success);
      expect([...component.required].sort()).toEqual(required.map(([name]) => name).sort());
    }
    expect(doc.components.schemas.AssetList).toMatchObject({ properties: { assets: { type: "array", items: { $ref: "#/components/schemas/Asset" } } } });
    expect(doc.components.schemas.Asset).toMatchObject({ properties: { status: { const: "PUBLISHED" }, updatedAt: { type: "string", format: "date-time" } } });
    expect(doc.components.schemas.Takedown).toMatchObject({ properties: { reason: { enum: ["WITHDRAWN", "RETIRED", "SUSPENDED"] } } });
  });

  describe("webhooks", () => {
    const webhooks = doc.webhooks as Record<string, { post: Node }>;

    it("describes every event a partner's endpoint receives, with its body and headers", () => {
      expect(Object.keys(webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
      for (const [event, { post }] of Object.entries(webhooks)) {
        const body = (post.requestBody as { content: Record<string, { schema: { $ref: string } }> }).content["application/json"]!.schema;
        const schema = resolve(body.$ref) as { properties: Record<string, Node>; required: string[] };
        expect(Object.keys(schema.properties).sort()).toEqual(["createdAt", "data", "id", "type"]);
        expect(schema.properties.type).toMatchObject({ const: event });
        const headers = (post.parameters as Node[]).map((p) => resolve(p.$ref as string) as Node);
        expect(headers.map((h) => [h.name, h.in, h.required])).toEqual([
          [EVENT_HEADER, "header", true],
          [DELIVERY_HEADER, "header", true],
          [SIGNATURE_HEADER, "header", true],
        ]);
        expect(Object.keys(post.responses as Node)).toContain("2XX");
      }
    });

    it("says step by step how to verify a signature: HMAC-SHA256 over t.body, constant time, 5 minutes, replayed ids", () => {
      const text = webhooks["asset.published"]!.post.description as string;
      expect(text).toMatch(/HMAC-SHA256/);
      expect(text).toContain('`t + "." + raw body`');
      expect(text).toMatch(/constant time/);
      expect(text).toMatch(/5 minutes/);
      expect(text).toContain(DELIVERY_HEADER);
      expect(text).toMatch(/^1\. .*\n2\. /m);
      expect(doc["x-countervoice-webhook-signature"]).toMatchObject({ header: SIGNATURE_HEADER, deliveryHeader: DELIVERY_HEADER, toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS, algorithm: "HMAC-SHA256" });
    });

    it("never puts body text in an asset event: its data has only ids, version, type, language, an optional title and links", () => {
      const data = resolve("#/components/schemas/AssetEventData") as { properties: Node; required: string[] };
      expect(Object.keys(data.properties).sort()).toEqual(["itemId", "language", "links", "title", "type", "version"]);
      expect(data.required).not.toContain("title");
    });
  });

  it("is served publicly at /api/v1/openapi.json", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
