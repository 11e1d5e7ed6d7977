"use server";
import { m } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { withoutArraySuffixes } from "@/lib/form-values";
import { z } from "zod";
import { NoticePreferencesInput, saveNoticePreferences } from "@/lib/notices/notice-preferences";

// The form's checkboxes are named receive[] (formDataToObject keeps them as a list).
const NoticePreferencesForm = z.preprocess(withoutArraySuffixes, NoticePreferencesInput);

export const saveNoticePreferencesAction = authorizedAction("account:notices", NoticePreferencesForm, async ({ user, requestId }, input) => {
  await saveNoticePreferences(user, input, requestId);
  revalidatePath("/account/notices");
  return { ok: true, message: m("account.notices.saved") };
});
