// The partner API's shapes: every query it reads and every body it answers with.
// Handlers validate with these, and the OpenAPI document (openapi.ts) is generated from
// them, so the documentation cannot drift from what the API accepts and sends.
import { z } from "zod";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";
import { DownloadFormat } from "@/lib/delivery/formats";
import { CardTemplateName, CARD_TEMPLATE_NAMES, DEFAULT_CARD_TEMPLATE } from "@/lib/delivery/quote-card/card-design";

/** Schemas registered here become named components of the OpenAPI document (descriptions come from `.describe`). */
export const apiComponents = z.registry<{ id: string }>();

const Timestamp = z.iso.datetime().describe("ISO 8601 date-time in UTC.");

export const ApiError = z.object({ error: z.string() }).describe("Every error answer: a message written for whoever calls the API.").register(apiComponents, { id: "Error" });

export const Asset = z
  .object({
    id: z.string(),
    title: z.string(),
    type: z.enum(CONTENT_TYPES),
    language: z.string().describe("Language code, e.g. en or ar."),
    status: z.literal("PUBLISHED"),
    campaignIds: z.array(z.string()).describe("Campaigns shared with your organisation that contain this asset."),
    updatedAt: Timestamp,
  })
  .describe("A published content item shared with your organisation.")
  .register(apiComponents, { id: "Asset" });

const Paging = {
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
};

export const AssetList = z
  .object({
    assets: z.array(Asset),
    nextCursor: z.string().nullable().describe("Pass it back as ?cursor= for the next page; null on the last page."),
    page: z.number().int().min(1).optional().describe("Deprecated: present when no cursor was sent."),
    pageCount: z.number().int().min(1).optional().describe("Deprecated: present when no cursor was sent; exact up to 1,000 assets, estimated beyond."),
  })
  .register(apiComponents, { id: "AssetList" });

export const Campaign = z
  .object({
    id: z.string(),
    name: z.string(),
    objective: z.string(),
    startsOn: Timestamp.nullable(),
    endsOn: Timestamp.nullable(),
    assetIds: z.array(z.string()).describe("Published assets of the campaign, in campaign order."),
  })
  .describe("A campaign shared with your organisation.")
  .register(apiComponents, { id: "Campaign" });

export const CampaignList = z.object({ campaigns: z.array(Campaign), ...Paging }).register(apiComponents, { id: "CampaignList" });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe("Page number, from 1."),
});

export const AssetListQuery = z
  .object({
    cursor: z.string().min(1).max(200).optional().describe("Where to continue: the nextCursor of the previous page. Omit it for the first page."),
    page: z.coerce.number().int().min(1).max(10_000).optional().describe("Deprecated (slower on deep pages): page number, from 1. Use cursor instead; do not send both."),
  })
  .refine((q) => q.cursor === undefined || q.page === undefined, { message: "Send either cursor or page, not both.", path: ["cursor"] });

export const DownloadQuery = z.object({
  format: DownloadFormat.default("md").describe("md: Markdown, txt: plain text, pdf: PDF, png: a picture card 1080×1080 (quote cards only), png-story: a picture card 1080×1920 (quote cards only), zip: every format with the images."),
  template: CardTemplateName.default(DEFAULT_CARD_TEMPLATE).describe(`The look of a picture card (png, png-story): ${CARD_TEMPLATE_NAMES.join(", ")}.`),
});

export const AssetIdParam = z.string().min(1).max(64).describe("The asset's id, as listed by GET /api/v1/assets.");

export const DownloadIdParam = z
  .string()
  .regex(/^[a-z0-9]{1,64}$/i)
  .describe("The prepared download's id, from the Location of a 202 answer.");

export const PendingDownload = z
  .object({
    status: z.literal("pending"),
    progress: z.number().int().min(0).max(100).describe("How far the file is, in percent."),
    location: z.string().describe("Where to ask again (also in the Location header); the file is answered there once, when ready."),
  })
  .describe("The file is still being prepared (a long PDF): ask again at location, after Retry-After seconds.")
  .register(apiComponents, { id: "PendingDownload" });

export const Takedown = z
  .object({
    id: z.string(),
    itemId: z.string().describe("The withdrawn asset's id."),
    references: z.array(z.string()).describe("References of your organisation's copies (printed in each file and sent in X-Countervoice-Reference)."),
    reason: z.enum(["WITHDRAWN", "RETIRED", "SUSPENDED"]).describe("WITHDRAWN: may no longer be used; RETIRED: retired by the editors; SUSPENDED: held while the editors check it."),
    createdAt: Timestamp,
    deadlineAt: Timestamp.describe("Remove every copy, and confirm, by then."),
    acknowledgedAt: Timestamp.nullable().describe("When your organisation confirmed removal; null while open."),
    overdue: z.boolean().describe("Open and past its deadline."),
  })
  .describe("A request to take down every copy of an asset your organisation downloaded. Confirm removal with POST /api/v1/takedowns/{takedownId}/ack.")
  .register(apiComponents, { id: "Takedown" });

export const TakedownList = z.object({ takedowns: z.array(Takedown).describe("Open take-downs first (earliest deadline first), then confirmed ones, most recently confirmed first."), ...Paging }).register(apiComponents, { id: "TakedownList" });

export const TakedownIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).describe("The take-down's id, as listed by GET /api/v1/takedowns or sent in the asset.withdrawn event.");

export type Asset = z.infer<typeof Asset>;
export type AssetList = z.infer<typeof AssetList>;
export type Campaign = z.infer<typeof Campaign>;
export type CampaignList = z.infer<typeof CampaignList>;
export type Takedown = z.infer<typeof Takedown>;
export type TakedownList = z.infer<typeof TakedownList>;
