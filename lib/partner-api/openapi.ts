// The OpenAPI 3.1 document of the partner API, generated from the zod schemas the handlers
// validate with (schemas.ts), so what is documented is what is accepted and answered; and
// of the signed events sent to an organisation's endpoint (`webhooks`, openapi-webhooks.ts).
import { z } from "zod";
import { DOWNLOAD_FORMATS } from "@/lib/delivery/formats";
import { apiComponents, AssetIdParam, AssetListQuery, DownloadIdParam, DownloadQuery, PageQuery, TakedownIdParam } from "./schemas";
// registers the events' schemas as components
import "@/lib/notices/webhooks/webhook-payloads";
import { SIGNATURE_SCHEME, WEBHOOK_PARAMETERS, webhookOperations } from "./openapi-webhooks";

type JsonSchema = Record<string, unknown>;

const target = "draft-2020-12" as const;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, {
    target,
    uri: (id) => `#/components/schemas/${id}`,
    // The RFC 3339 regular expression zod adds to date-times says nothing "format" does not.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
    },
  });
  // Components are named by their key; $id and $schema would make each its own document.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema as JsonSchema]));
}

function parameter(name: string, location: "query" | "path", schema: z.ZodType) {
  const { description, $schema: _schema, ...json } = z.toJSONSchema(schema, { target, io: "input" }) as JsonSchema & { description?: string };
  return { name, in: location, required: location === "path", description, schema: json };
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });

const RESPONSES = {
  BadRequest: errorResponse("A query parameter is malformed."),
  Unauthorized: { ...errorResponse("The token is missing, unknown or revoked."), headers: { "WWW-Authenticate": { schema: { type: "string" } } } },
  Forbidden: errorResponse("Your organisation is deactivated, or this asset may no longer be downloaded (retired, or its speaker withdrew consent); the message says which."),
  NotFound: errorResponse("No asset with this id is shared with your organisation."),
  TooManyRequests: {
    ...errorResponse("Rate limit reached: too many requests from this token in the current minute."),
    headers: { "Retry-After": { description: "Seconds until the next window opens.", schema: { type: "integer", minimum: 1 } } },
  },
  ServerError: errorResponse("Something unexpected failed; the message carries a reference for support."),
};

const errorRefs = (...names: (keyof typeof RESPONSES)[]) =>
  Object.fromEntries(names.map((name) => [{ BadRequest: "400", Unauthorized: "401", Forbidden: "403", NotFound: "404", TooManyRequests: "429", ServerError: "500" }[name], { $ref: `#/components/responses/${name}` }]));

const json = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });

const MEDIA_TYPES: Record<(typeof DOWNLOAD_FORMATS)[number], string> = { md: "text/markdown", txt: "text/plain", pdf: "application/pdf", png: "image/png", "png-story": "image/png", zip: "application/zip" };

const FILE = {
  description: "The file, as an attachment.",
  headers: {
    "Content-Disposition": { schema: { type: "string" } },
    "X-Countervoice-Reference": { description: "This download's reference, also printed in the file.", schema: { type: "string", pattern: "^[0-9A-Z]{4}-[0-9A-Z]{4}$" } },
  },
  content: Object.fromEntries([...new Set(Object.values(MEDIA_TYPES))].map((type) => [type, { schema: { type: "string", format: "binary" } }])),
};

// A PDF is rendered off the request: the download waits up to 20 seconds for it, then answers 202.
const PENDING = {
  description:
    "Only for format=pdf, when rendering takes longer than about 20 seconds: the file is being prepared (already recorded and fingerprinted for you). " +
    "Fetch it from the Location, after Retry-After seconds; most PDFs are answered 200 at once and never see this.",
  headers: {
    Location: { description: "GET /api/v1/downloads/{downloadId}: where the file will be.", schema: { type: "string" } },
    "Retry-After": { description: "Seconds to wait before asking.", schema: { type: "integer", minimum: 1 } },
  },
  content: { "application/json": { schema: ref("PendingDownload") } },
};

export function openApiDocument() {
  const page = parameter("page", "query", PageQuery.shape.page);
  return {
    openapi: "3.1.0",
    info: {
      title: "Countervoice partner API",
      version: "1.0.0",
      description:
        "Published counter-narrative assets shared with your organisation. Every file is recorded and carries a per-download fingerprint. " +
        "Authenticate with the token your Countervoice administrator gave you: `Authorization: Bearer cvp_…`. Requests are limited per token per minute. " +
        "Your organisation can also receive signed events at its own HTTPS endpoint: see `webhooks`, which says how to verify their signature.",
    },
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/campaigns": {
        get: {
          operationId: "listCampaigns",
          summary: "Campaigns shared with your organisation",
          parameters: [page],
          responses: { "200": json("CampaignList", "One page of campaigns."), ...errorRefs("BadRequest", "Unauthorized", "Forbidden", "TooManyRequests", "ServerError") },
        },
      },
      "/api/v1/assets": {
        get: {
          operationId: "listAssets",
          summary: "Published assets shared with your organisation",
          description:
            "Page with `cursor`: the first request sends none, each next one sends the previous answer's `nextCursor`, until it is null. " +
            "Paging with `page` still works for existing integrations (an answer to a request without `cursor` also carries `page` and `pageCount`) but is deprecated: deep pages are slower.",
          parameters: [parameter("cursor", "query", AssetListQuery.shape.cursor), parameter("page", "query", AssetListQuery.shape.page)],
          responses: { "200": json("AssetList", "One page of assets, most recently updated first."), ...errorRefs("BadRequest", "Unauthorized", "Forbidden", "TooManyRequests", "ServerError") },
        },
      },
      "/api/v1/assets/{assetId}/download": {
        get: {
          operationId: "downloadAsset",
          summary: "Download one asset, fingerprinted for your organisation",
          parameters: [parameter("assetId", "path", AssetIdParam), parameter("format", "query", DownloadQuery.shape.format), parameter("template", "query", DownloadQuery.shape.template)],
          responses: {
            "200": FILE,
            "202": PENDING,
            ...errorRefs("BadRequest", "Unauthorized", "Forbidden", "NotFound", "TooManyRequests", "ServerError"),
          },
        },
      },
      "/api/v1/downloads/{downloadId}": {
        get: {
          operationId: "fetchPreparedDownload",
          summary: "A download that was answered 202: the file once ready",
          description:
            "Only the token that asked gets it, and only once: the stored copy is deleted when it has been sent, or an hour after it was prepared. " +
            "While it is being prepared the answer is 202 again. A second fetch, or one after the hour, is answered 410: download the asset again.",
          parameters: [parameter("downloadId", "path", DownloadIdParam)],
          responses: {
            "200": { ...FILE, description: "The file, as an attachment; the same as a 200 answer of the download." },
            "202": PENDING,
            "410": errorResponse("Already fetched, or expired: download the asset again (a new, separately fingerprinted copy)."),
            ...errorRefs("Unauthorized", "Forbidden", "TooManyRequests", "ServerError"),
            "404": errorResponse("No download with this id was asked for by this token."),
          },
        },
      },
      "/api/v1/takedowns": {
        get: {
          operationId: "listTakedowns",
          summary: "Take-downs asked of your organisation, open first",
          description: "Poll this to learn what to remove: each take-down names an asset and the references of your copies, with a deadline. Confirm each with POST /api/v1/takedowns/{takedownId}/ack.",
          parameters: [page],
          responses: { "200": json("TakedownList", "One page of take-downs."), ...errorRefs("BadRequest", "Unauthorized", "Forbidden", "TooManyRequests", "ServerError") },
        },
      },
      "/api/v1/takedowns/{takedownId}/ack": {
        post: {
          operationId: "acknowledgeTakedown",
          summary: "Confirm that your organisation removed every copy",
          description: "Idempotent: confirming again answers the same take-down, with the time of the first confirmation. A take-down of another organisation is answered 404.",
          parameters: [parameter("takedownId", "path", TakedownIdParam)],
          responses: {
            "200": json("Takedown", "The take-down, now confirmed."),
            ...errorRefs("Unauthorized", "Forbidden", "TooManyRequests", "ServerError"),
            "404": errorResponse("No take-down with this id was asked of your organisation."),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This document",
          security: [],
          responses: { "200": { description: "The OpenAPI document.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    webhooks: webhookOperations(),
    "x-countervoice-webhook-signature": SIGNATURE_SCHEME,
    components: {
      parameters: WEBHOOK_PARAMETERS,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A partner API token, cvp_ followed by 43 characters." } },
      schemas: componentSchemas(),
      responses: RESPONSES,
    },
  };
}
