"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { AssignReviewerInput } from "@/lib/reviews/schemas";
import { assignReviewer } from "@/lib/reviews/assign-reviewer";
import { emailOffNote, REVIEWER_NOT_EMAILED } from "@/lib/notices/email-settings";

export const assignReviewerAction = authorizedAction("reviews:assign", AssignReviewerInput, async ({ user, requestId }, input) => {
  await assignReviewer(user, input, requestId);
  revalidatePath("/admin/reviews");
  return { ok: true, message: `Reviewer assigned.${emailOffNote(REVIEWER_NOT_EMAILED)}` };
});
