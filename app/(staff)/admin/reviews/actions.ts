"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { AssignReviewerInput } from "@/lib/reviews/schemas";
import { assignReviewer } from "@/lib/reviews/assign-reviewer";
import { emailEnabled } from "@/lib/notices/email-settings";

export const assignReviewerAction = authorizedAction("reviews:assign", AssignReviewerInput, async ({ user, requestId }, input) => {
  await assignReviewer(user, input, requestId);
  revalidatePath("/admin/reviews");
  return { ok: true, message: m(emailEnabled() ? "admin.reviews.assigned" : "admin.reviews.assignedNotEmailed") };
});
