"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { addAttachment } from "@/lib/content/attachments/add-attachment";
import { removeAttachment } from "@/lib/content/attachments/remove-attachment";
import { AddAttachmentInput, RemoveAttachmentInput } from "@/lib/content/attachments/schemas";

const refresh = (itemId: string) => {
  revalidatePath(`/content/${itemId}`);
  revalidatePath("/content");
};

export const addAttachmentAction = authorizedAction("content:edit", AddAttachmentInput, async ({ user, requestId }, input) => {
  const { version } = await addAttachment(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.imageAdded", { version }), data: { version } };
});

export const removeAttachmentAction = authorizedAction("content:edit", RemoveAttachmentInput, async ({ user, requestId }, input) => {
  const { version } = await removeAttachment(user, input, requestId);
  refresh(input.itemId);
  return { ok: true, message: m("content.actions.imageRemoved", { version }), data: { version } };
});
