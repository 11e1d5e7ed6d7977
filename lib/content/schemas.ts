// Input of the content use cases, shared by server actions and the domain (which parses again).
import { z } from "zod";
import { ReviewerId } from "@/lib/reviews/schemas";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";
import { LANGUAGE_CODES } from "@/lib/testimony/languages";
import { CONSENT_CHANNELS } from "@/lib/sources/vocabulary";
import { BIDI_CONTROL_MESSAGE, breaksLines, hasBidiControls, SINGLE_LINE_MESSAGE, unseenMarkdownProblems } from "@/lib/leak-guard/unseen-text";
import { CONTENT_TYPES, QUOTE_USAGES } from "./vocabulary";
import { NO_CHANNEL_MESSAGE } from "./consent-rule";
import { MARKDOWN_LIMIT_KEYS, markdownLimitProblem } from "./markdown-limits";

const Id = z.string().trim().min(1).max(100);
const Version = z.coerce.number().int().min(1);
// Messages are catalogue keys (content.json), translated where the input is parsed.
const listOf = <T extends z.ZodType>(item: T, max: number, tooMany: string) => z.preprocess(toList, z.array(item).max(max, tooMany));

const ItemFields = {
  type: z.enum(CONTENT_TYPES, { message: "content.errors.chooseType" }),
  // A title heads every file: one line (a line break could forge a line of the kit README), and
  // none of the Markdown a reader would not see (an image in a title fetches from elsewhere).
  title: z
    .string()
    .trim()
    .min(1, "content.errors.titleRequired")
    .max(200, "content.errors.titleTooLong")
    .refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE)
    .refine((v) => !breaksLines(v), SINGLE_LINE_MESSAGE)
    .superRefine((title, ctx) => {
      for (const message of unseenMarkdownProblems(title)) ctx.addIssue({ code: "custom", message });
    }),
  body: z
    .string()
    .default("")
    .superRefine((body, ctx) => {
      // Size and nesting first: past them the body is not parsed at all (markdown-limits.ts).
      const limit = markdownLimitProblem(body);
      if (limit) return void ctx.addIssue({ code: "custom", message: MARKDOWN_LIMIT_KEYS[limit] ?? limit });
      if (hasBidiControls(body)) ctx.addIssue({ code: "custom", message: BIDI_CONTROL_MESSAGE });
      for (const message of unseenMarkdownProblems(body)) ctx.addIssue({ code: "custom", message });
    }),
  language: z.enum(LANGUAGE_CODES, { message: "content.errors.chooseLanguage" }),
  themeIds: listOf(Id, 20, "content.errors.tooManyThemes"),
  audiences: listOf(z.string().max(80, "content.errors.audienceTooLong"), 20, "content.errors.tooManyAudiences"),
  // Consent is checked channel by channel: an item naming none would escape the check.
  channels: z.preprocess(toList, z.array(z.enum(CONSENT_CHANNELS)).min(1, NO_CHANNEL_MESSAGE).max(CONSENT_CHANNELS.length, "content.errors.tooManyChannels")),
  internalNotes: z.preprocess(blankToNull, z.string().trim().max(10_000, "content.errors.notesTooLong").nullable().optional()),
};

export const CreateItemInput = z.preprocess(withoutArraySuffixes, z.object(ItemFields));
export type CreateItemInput = z.infer<typeof CreateItemInput>;

export const SaveItemInput = z.preprocess(withoutArraySuffixes, z.object({ itemId: Id, expectedVersion: Version, ...ItemFields }));
export type SaveItemInput = z.infer<typeof SaveItemInput>;

export const ItemTransitionInput = z.object({ itemId: Id, expectedVersion: Version });
export type ItemTransitionInput = z.infer<typeof ItemTransitionInput>;

/** Submitting names the reviewer: the only reviewer who may then read and decide on the item. */
export const SubmitItemInput = ItemTransitionInput.extend({ reviewerId: ReviewerId });
export type SubmitItemInput = z.infer<typeof SubmitItemInput>;

export const RequestChangesInput = z.object({ itemId: Id, expectedVersion: Version, comment: z.string().trim().min(1, "content.errors.sayWhatToChange").max(5_000) });
export type RequestChangesInput = z.infer<typeof RequestChangesInput>;

export const RetireItemInput = z.object({ itemId: Id, expectedVersion: Version, reason: z.string().trim().min(1, "content.errors.giveReason").max(500) });
export type RetireItemInput = z.infer<typeof RetireItemInput>;

export const RestoreVersionInput = z.object({ itemId: Id, expectedVersion: Version, number: Version });
export type RestoreVersionInput = z.infer<typeof RestoreVersionInput>;

export const AddCommentInput = z.object({ itemId: Id, body: z.string().trim().min(1, "content.errors.writeComment").max(5_000, "content.errors.commentTooLong") });
export type AddCommentInput = z.infer<typeof AddCommentInput>;

export const InsertQuoteInput = z.object({
  itemId: Id,
  expectedVersion: Version,
  redactedTextId: Id,
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
  usage: z.enum(QUOTE_USAGES).default("VERBATIM"),
});
export type InsertQuoteInput = z.infer<typeof InsertQuoteInput>;

export const ItemIdInput = z.object({ itemId: Id });

export const ContentFilters = z.object({
  state: z.enum(["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "RETIRED"]).optional().catch(undefined),
  type: z.enum(CONTENT_TYPES).optional().catch(undefined),
  language: z.enum(LANGUAGE_CODES).optional().catch(undefined),
  suspended: z.literal("1").optional().catch(undefined),
});
export type ContentFilters = z.infer<typeof ContentFilters>;
