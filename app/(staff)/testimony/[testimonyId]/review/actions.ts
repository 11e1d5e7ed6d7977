"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { ApproveRedactionInput, RequestChangesInput } from "@/lib/redaction/schemas";
import { approveRedaction, requestRedactionChanges } from "@/lib/redaction/review-redaction";

export const approveRedactionAction = authorizedAction("redaction:review", ApproveRedactionInput, async ({ user, requestId }, input) => {
  await approveRedaction(user, input, requestId);
  revalidatePath(`/testimony/${input.testimonyId}/review`);
  return { ok: true, message: m("redaction.review.approvedMessage") };
});

export const requestChangesAction = authorizedAction("redaction:review", RequestChangesInput, async ({ user, requestId }, input) => {
  await requestRedactionChanges(user, input, requestId);
  revalidatePath(`/testimony/${input.testimonyId}/review`);
  return { ok: true, message: m("redaction.review.changesSent") };
});
