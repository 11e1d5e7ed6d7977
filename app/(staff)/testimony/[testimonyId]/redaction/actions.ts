"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { SaveRedactionInput, SubmitRedactionInput } from "@/lib/redaction/schemas";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { emailOffNote, REVIEWER_NOT_EMAILED } from "@/lib/notices/email-settings";

export const saveRedactionAction = authorizedAction("redaction:edit", SaveRedactionInput, async ({ user, requestId }, input) => {
  const saved = await saveRedaction(user, input, requestId);
  return { ok: true, message: m("redaction.workspace.saved"), data: saved };
});

export const submitRedactionAction = authorizedAction("redaction:submit", SubmitRedactionInput, async ({ user, requestId }, input) => {
  await submitRedaction(user, input, requestId);
  revalidatePath(`/testimony/${input.testimonyId}/redaction`);
  return { ok: true, message: `${m("redaction.workspace.submittedForReview")}${emailOffNote(REVIEWER_NOT_EMAILED)}` };
});
