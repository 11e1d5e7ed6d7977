// What a partner's endpoint receives: the one definition of every event's body, used to
// build events (asset-events.ts), to check each body before it is sent, and registered as
// components of the OpenAPI document's `webhooks`. A payload names items by id, type and
// language, a title only when it passes the leak guard, and never body text.
import { z } from "zod";
import { apiComponents } from "@/lib/partner-api/schemas";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";

export const WEBHOOK_EVENT_TYPES = ["asset.published", "asset.updated", "asset.withdrawn", "ping"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const ItemLinks = z
  .object({
    api: z.url().describe("Download it through the partner API (needs your token)."),
    portal: z.url().describe("The item's page in the partner portal."),
  })
  .register(apiComponents, { id: "WebhookItemLinks" });

export const AssetEventData = z
  .object({
    itemId: z.string().describe("The asset's id, as in /api/v1/assets."),
    version: z.number().int().positive().describe("The published version."),
    type: z.enum(CONTENT_TYPES),
    language: z.string().describe("The asset's language (BCP 47)."),
    title: z.string().optional().describe("Absent when it cannot be sent outside the portal; fetch the asset instead."),
    links: ItemLinks,
  })
  .register(apiComponents, { id: "AssetEventData" });
export type AssetEventData = z.infer<typeof AssetEventData>;

// What the take-down helper (lib/takedowns/open-takedowns.ts) queues for each take-down.
export const AssetWithdrawnData = z
  .object({
    takedownId: z.string().describe("Confirm the removal with POST /api/v1/takedowns/{takedownId}/ack (or from the portal)."),
    itemId: z.string().describe("The asset to remove from everywhere you published it."),
    references: z.array(z.string()).describe("The references of your organisation's downloads of it (printed on each file)."),
    reason: z.enum(["WITHDRAWN", "RETIRED", "SUSPENDED"]).describe("WITHDRAWN: it may no longer be used; RETIRED by the editors; SUSPENDED while the editors check it."),
    deadlineAt: z.iso.datetime().describe("Remove it and confirm by then."),
  })
  .register(apiComponents, { id: "AssetWithdrawnData" });

export const PingData = z.object({ message: z.string() }).register(apiComponents, { id: "PingData" });

const envelope = <T extends WebhookEventType, D extends z.ZodType>(type: T, data: D, id: string, description: string) =>
  z
    .object({
      id: z.string().describe("The event's id, also sent as Countervoice-Delivery; the same on every retry. Remember it to ignore replays."),
      type: z.literal(type),
      createdAt: z.iso.datetime().describe("When the event happened."),
      data,
    })
    .describe(description)
    .register(apiComponents, { id });

export const WEBHOOK_EVENT_SCHEMAS = {
  "asset.published": envelope("asset.published", AssetEventData, "AssetPublishedEvent", "An asset became available to your organisation: newly published, or in a campaign newly shared with you."),
  "asset.updated": envelope("asset.updated", AssetEventData, "AssetUpdatedEvent", "A new approved version of an asset you can reach was published; replace your copy."),
  "asset.withdrawn": envelope("asset.withdrawn", AssetWithdrawnData, "AssetWithdrawnEvent", "Take-down: remove the asset wherever you published it, and confirm."),
  ping: envelope("ping", PingData, "PingEvent", "A test event an administrator sent to check your endpoint."),
} as const;

/** The body as sent: the envelope around the payload queued with the delivery. */
export function webhookBody(delivery: { id: string; event: string; createdAt: Date; payload: unknown }): string {
  const schema = WEBHOOK_EVENT_SCHEMAS[delivery.event as WebhookEventType];
  if (!schema) throw new Error(`Unknown webhook event ${delivery.event}`);
  const body = schema.parse({ id: delivery.id, type: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
  return JSON.stringify(body);
}
