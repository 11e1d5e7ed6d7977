"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { translate } from "@/lib/i18n/translate";
import { InterfaceLanguageInput, saveInterfaceLanguage } from "@/lib/users/interface-language";

export const saveInterfaceLanguageAction = authorizedAction("account:language", InterfaceLanguageInput, async ({ user, requestId }, input) => {
  const locale = await saveInterfaceLanguage(user, input, requestId);
  revalidatePath("/", "layout");
  // Said in the language just chosen: the page around it follows on the next render.
  return { ok: true, message: translate(locale, "common.language.saved") };
});
