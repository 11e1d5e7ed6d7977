"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { retryDeadEmails, RetryEmailsInput } from "@/lib/notices/email/email-queue";
import { kickNotices } from "@/lib/notices/kick-notices";

export const retryEmailsAction = authorizedAction("notices:manage", RetryEmailsInput, async ({ user, requestId }, input) => {
  const count = await retryDeadEmails(user, input, requestId);
  kickNotices();
  revalidatePath("/admin/notices");
  return { ok: true, message: m("admin.notices.retried", { count }) };
});
