import { z } from "zod";

export const ReviewerId = z.string().trim().min(1, "reviews.errors.chooseReviewer").max(100);

export const AssignReviewerInput = z.object({
  kind: z.enum(["redaction", "item"]),
  targetId: z.string().trim().min(1).max(100),
  reviewerId: ReviewerId,
});
export type AssignReviewerInput = z.infer<typeof AssignReviewerInput>;
