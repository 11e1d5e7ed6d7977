import { z } from "zod";
import { CONTENT_STATES, CONTENT_TYPES } from "@/lib/campaigns/content-states";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional().catch(undefined));

/** A search; anything malformed is dropped rather than refused. */
export const SearchParams = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  theme: optional(z.string().trim().min(1).max(100)),
  type: optional(z.enum(CONTENT_TYPES)),
  language: optional(z.string().trim().regex(/^[a-z]{2,3}$/)),
  state: optional(z.enum(CONTENT_STATES)),
  campaign: optional(z.string().trim().min(1).max(100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type SearchParams = z.infer<typeof SearchParams>;

/** What the search form posts and a query handle keeps (lib/query-handles): everything but the page. */
export const SearchQuery = SearchParams.omit({ page: true });
export type SearchQuery = z.infer<typeof SearchQuery>;
