import { z } from "zod";
import { ReviewerId } from "@/lib/reviews/schemas";
import { RedactionWork } from "./model/types";

export const SaveRedactionInput = z.object({
  testimonyId: z.string().min(1).max(64),
  expectedVersion: z.number().int().min(1),
  work: RedactionWork,
});

export const SubmitRedactionInput = z.object({
  testimonyId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  // The reviewer who will decide: the only reviewer who may open it.
  reviewerId: ReviewerId,
});

export const ApproveRedactionInput = z.object({
  testimonyId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
});

export const RequestChangesInput = z.object({
  testimonyId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  general: z.string().trim().max(4000).optional(),
  spans: z.array(z.object({ spanId: z.string().min(1).max(64), comment: z.string().trim().min(1).max(2000) })).max(500).default([]),
}).refine((v) => (v.general?.length ?? 0) > 0 || v.spans.length > 0, { message: "redaction.errors.sayWhat", path: ["general"] });
