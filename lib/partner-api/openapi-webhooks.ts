// The `webhooks` of the OpenAPI document: what an organisation's endpoint receives, the
// headers, and how to verify a signature, written so a partner can build a receiver from
// this alone (tests/support/webhook-receiver.ts is one, built that way).
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from "@/lib/notices/webhooks/sign-webhook";
import { WEBHOOK_EVENT_SCHEMAS, type WebhookEventType } from "@/lib/notices/webhooks/webhook-payloads";
import { apiComponents } from "./schemas";
import { WEBHOOK_TIMEOUT_MS } from "@/lib/notices/webhooks/post-webhook";
import { WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS } from "@/lib/notices/webhooks/retry-schedule";

const minutes = (ms: number) => (ms >= 3_600_000 ? `${ms / 3_600_000} h` : `${ms / 60_000} min`);

export const VERIFY_SIGNATURE_STEPS = [
  `Read the raw request body as bytes, before any JSON parsing (re-serialised JSON will not match).`,
  `Split the \`${SIGNATURE_HEADER}\` header on "," into key=value pairs: \`t\` is the signing time in Unix seconds, \`v1\` the signature in lowercase hex. Ignore keys you do not know.`,
  `Compute HMAC-SHA256, keyed with your webhook secret exactly as shown to your administrator (the whole \`cvwh_…\` text, as UTF-8), over the text \`t + "." + raw body\`; encode it in lowercase hex.`,
  `Compare it with \`v1\` in constant time (e.g. crypto.timingSafeEqual, hmac.compare_digest); refuse the request if they differ.`,
  `Refuse it if |now − t| is more than ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes (${SIGNATURE_TOLERANCE_SECONDS} s): an old signed request replayed later.`,
  `Remember each \`${DELIVERY_HEADER}\` (the event id) you accepted for at least that long, and refuse one you have seen: a replay within the window. A retry of an event you did not acknowledge carries the same id, so accept it if you never answered 2xx for it.`,
  `Answer 2xx quickly (within ${WEBHOOK_TIMEOUT_MS / 1000} s), then do the work.`,
];

const DESCRIPTION = [
  "Events are POSTed as JSON to the HTTPS endpoint your administrator registered for your organisation, signed with your organisation's secret.",
  "",
  "**How to verify the signature**",
  "",
  ...VERIFY_SIGNATURE_STEPS.map((step, i) => `${i + 1}. ${step}`),
  "",
  `**Retries.** Any answer other than 2xx (redirects are not followed), or none within ${WEBHOOK_TIMEOUT_MS / 1000} s, is retried after ${WEBHOOK_RETRY_DELAYS_MS.map(minutes).join(", ")}; after ${WEBHOOK_MAX_ATTEMPTS} attempts the event is given up (your administrator can send it again). An event may therefore arrive more than once, and out of order: use \`createdAt\`.`,
].join("\n");

/** Machine-readable form of the rules above, for receivers and their tests. */
export const SIGNATURE_SCHEME = {
  header: SIGNATURE_HEADER,
  eventHeader: EVENT_HEADER,
  deliveryHeader: DELIVERY_HEADER,
  algorithm: "HMAC-SHA256",
  signedPayload: "{t}.{raw body}",
  format: "t=<unix seconds>,v1=<lowercase hex>",
  toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS,
};

export const WEBHOOK_PARAMETERS = {
  WebhookEvent: { name: EVENT_HEADER, in: "header", required: true, description: "The event type, as in the body's `type`.", schema: { type: "string", enum: Object.keys(WEBHOOK_EVENT_SCHEMAS) } },
  WebhookDelivery: { name: DELIVERY_HEADER, in: "header", required: true, description: "The event id, as in the body's `id`; the same on every retry. Remember it to refuse replays.", schema: { type: "string" } },
  WebhookSignature: {
    name: SIGNATURE_HEADER,
    in: "header",
    required: true,
    description: `\`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">\`. Verify it as described in the document's description of webhooks.`,
    schema: { type: "string", pattern: "^t=\\d+,v1=[0-9a-f]{64}$" },
  },
};

const SUMMARIES: Record<WebhookEventType, string> = {
  "asset.published": "An asset became available to your organisation",
  "asset.updated": "A new version of an asset you can reach was published",
  "asset.withdrawn": "Take-down: remove an asset",
  ping: "A test event",
};

export function webhookOperations() {
  return Object.fromEntries(
    Object.entries(WEBHOOK_EVENT_SCHEMAS).map(([event, schema]) => [
      event,
      {
        post: {
          operationId: `webhook.${event}`,
          summary: SUMMARIES[event as WebhookEventType],
          description: `${schema.description ?? ""}\n\n${DESCRIPTION}`,
          security: [],
          parameters: Object.keys(WEBHOOK_PARAMETERS).map((name) => ({ $ref: `#/components/parameters/${name}` })),
          requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${apiComponents.get(schema)!.id}` } } } },
          responses: {
            "2XX": { description: "Received: the event is not sent again." },
            default: { description: "Not received: the event is sent again later (see Retries)." },
          },
        },
      },
    ]),
  );
}

