"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { acknowledgeTakedownInPortal, AcknowledgeTakedownInput } from "@/lib/takedowns/acknowledge-takedown";

export const acknowledgeTakedownAction = authorizedAction("takedowns:acknowledge", AcknowledgeTakedownInput, async ({ user, requestId }, input) => {
  await acknowledgeTakedownInPortal(user, input, requestId);
  revalidatePath("/portal");
  return { ok: true, message: m("portal.withdrawn.confirmed") };
});
