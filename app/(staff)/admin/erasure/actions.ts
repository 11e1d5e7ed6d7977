"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { EraseSourceInput } from "@/lib/sources/schemas";
import { eraseSource } from "@/lib/sources/erase-source";
import { emailOffNote, PARTNERS_NOT_EMAILED } from "@/lib/notices/email-settings";

export const eraseSourceAction = authorizedAction("sources:erase", EraseSourceInput, async ({ user, requestId }, input) => {
  const { code, retiredItems } = await eraseSource(user, input, requestId);
  revalidatePath("/admin/erasure");
  revalidatePath("/sources");
  return { ok: true, message: `${code} was erased. ${retiredItems} item(s) quoting it were retired; partners who downloaded them see a withdrawal notice.${emailOffNote(PARTNERS_NOT_EMAILED)}` };
}, { reauth: true });
