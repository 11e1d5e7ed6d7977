"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { CreateTestimonyInput } from "@/lib/testimony/schemas";
import { createTestimony } from "@/lib/testimony/create-testimony";

export const createTestimonyAction = authorizedAction("testimony:edit", CreateTestimonyInput, async ({ user, requestId }, input) => {
  const { id } = await createTestimony(user, input, requestId);
  revalidatePath(`/sources/${input.sourceId}`);
  redirect(`/testimony/${id}`);
});
