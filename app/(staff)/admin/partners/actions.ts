"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { CreatePartnerInput, RenamePartnerInput, SetPartnerActiveInput, SetPartnerLanguageInput } from "@/lib/partners/schemas";
import { createPartner, renamePartner, setPartnerActive, setPartnerLanguage } from "@/lib/partners/manage-partners";

export const createPartnerAction = authorizedAction("partners:manage", CreatePartnerInput, async ({ user, requestId }, input) => {
  await createPartner(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: m("partners.messages.created", { name: input.name }) };
});

export const renamePartnerAction = authorizedAction("partners:manage", RenamePartnerInput, async ({ user, requestId }, input) => {
  await renamePartner(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: m("partners.messages.renamed") };
});

export const setPartnerLanguageAction = authorizedAction("partners:manage", SetPartnerLanguageInput, async ({ user, requestId }, input) => {
  await setPartnerLanguage(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: m("partners.messages.languageSaved") };
});

export const setPartnerActiveAction = authorizedAction("partners:manage", SetPartnerActiveInput, async ({ user, requestId }, input) => {
  await setPartnerActive(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: input.active ? m("partners.messages.reactivated") : m("partners.messages.deactivated") };
});
