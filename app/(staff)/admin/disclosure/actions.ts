"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { SetDisclosureBudgetInput } from "@/lib/disclosure/schemas";
import { setDisclosureBudget } from "@/lib/disclosure/set-disclosure-budget";

export const setDisclosureBudgetAction = authorizedAction("sources:set-budget", SetDisclosureBudgetInput, async ({ user, requestId }, input) => {
  const { limit } = await setDisclosureBudget(user, input, requestId);
  revalidatePath(`/admin/disclosure/${input.sourceId}`);
  revalidatePath("/admin/disclosure");
  revalidatePath(`/sources/${input.sourceId}`);
  return { ok: true, message: m("admin.disclosure.budgetSet", { limit }) };
});
