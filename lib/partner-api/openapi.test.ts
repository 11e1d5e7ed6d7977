import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "./openapi";
import { apiComponents, Asset, AssetList, Campaign, CampaignList, ApiError, Takedown, TakedownList } from "./schemas";

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
  it("is an OpenAPI 3.0 document with the bearer scheme and every path", () => {
    expect(doc.openapi).toMatch(/^3\.0\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/assets", "/api/v1/assets/{assetId}/download", "/api/v1/campaigns", "/api/v1/openapi.json", "/api/v1/takedowns", "/api/v1/takedowns/{takedownId}/ack"]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
  });

  it("resolves every $ref and uses nothing OpenAPI 3.0 schemas lack", () => {
    const problems: string[] = [];
    walk(doc, (node, path) => {
      if (typeof node.$ref === "string" && resolve(node.$ref) === undefined) problems.push(`${path}: unresolved ${node.$ref}`);
      for (const key of ["$id", "$schema", "$defs", "const", "prefixItems"]) if (key in node) problems.push(`${path}: ${key}`);
      if (Array.isArray(node.type)) problems.push(`${path}: type array`);
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
    expect(codes("/api/v1/assets/{assetId}/download")).toEqual(["200", "400", "401", "403", "404", "429", "500"]);
    expect(codes("/api/v1/takedowns")).toEqual(["200", "400", "401", "403", "429", "500"]);
    expect(Object.keys(doc.paths["/api/v1/takedowns/{takedownId}/ack"].post.responses).sort()).toEqual(["200", "401", "403", "404", "429", "500"]);
    expect(doc.components.responses.TooManyRequests.headers["Retry-After"]).toBeDefined();
    const format = doc.paths["/api/v1/assets/{assetId}/download"].get.parameters.find((p) => p.name === "format");
    expect(format?.schema).toMatchObject({ type: "string", enum: ["md", "txt", "pdf", "zip"], default: "md" });
  });

  it("takes its component schemas from the zod schemas that validate the API", () => {
    expect(Object.keys(doc.components.schemas).sort()).toEqual(["Asset", "AssetList", "Campaign", "CampaignList", "Error", "Takedown", "TakedownList"]);
    const byId: Record<string, z.ZodObject> = { Asset, AssetList, Campaign, CampaignList, Error: ApiError, Takedown, TakedownList };
    for (const [id, schema] of Object.entries(byId)) {
      expect(apiComponents.get(schema)?.id).toBe(id);
      const component = doc.components.schemas[id] as { properties: Node; required: string[] };
      expect(Object.keys(component.properties).sort()).toEqual(Object.keys(schema.shape).sort());
      expect([...component.required].sort()).toEqual(Object.keys(schema.shape).sort());
    }
    expect(doc.components.schemas.AssetList).toMatchObject({ properties: { assets: { type: "array", items: { $ref: "#/components/schemas/Asset" } } } });
    expect(doc.components.schemas.Takedown).toMatchObject({ properties: { acknowledgedAt: { type: "string", format: "date-time", nullable: true }, reason: { enum: ["WITHDRAWN", "RETIRED", "SUSPENDED"] } } });
    expect(doc.components.schemas.Asset).toMatchObject({ properties: { status: { enum: ["PUBLISHED"] }, updatedAt: { type: "string", format: "date-time" } } });
  });

  it("is served publicly at /api/v1/openapi.json", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
