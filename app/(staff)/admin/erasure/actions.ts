"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { EraseSourceInput } from "@/lib/sources/schemas";
import { eraseSource } from "@/lib/sources/erase-source";
import { emailEnabled } from "@/lib/notices/email-settings";

export const eraseSourceAction = authorizedAction("sources:erase", EraseSourceInput, async ({ user, requestId }, input) => {
  const { code, retiredItems } = await eraseSource(user, input, requestId);
  revalidatePath("/admin/erasure");
  revalidatePath("/sources");
  const erased = m("admin.erasure.erased", { code, count: retiredItems });
  return { ok: true, message: emailEnabled() ? erased : `${erased} ${m("admin.erasure.partnersNotEmailed")}` };
}, { reauth: true });
