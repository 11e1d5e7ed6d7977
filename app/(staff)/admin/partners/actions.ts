"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { CreatePartnerInput, RenamePartnerInput, SetPartnerActiveInput } from "@/lib/partners/schemas";
import { createPartner, renamePartner, setPartnerActive } from "@/lib/partners/manage-partners";

export const createPartnerAction = authorizedAction("partners:manage", CreatePartnerInput, async ({ user, requestId }, input) => {
  await createPartner(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: `Created “${input.name}”.` };
});

export const renamePartnerAction = authorizedAction("partners:manage", RenamePartnerInput, async ({ user, requestId }, input) => {
  await renamePartner(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: "Renamed." };
});

export const setPartnerActiveAction = authorizedAction("partners:manage", SetPartnerActiveInput, async ({ user, requestId }, input) => {
  await setPartnerActive(user, input, requestId);
  revalidatePath("/admin/partners");
  return { ok: true, message: input.active ? "Reactivated." : "Deactivated: its people can no longer sign in." };
});
