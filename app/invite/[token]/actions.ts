"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/public-action";
import { AcceptInvitationInput } from "@/lib/users/schemas";
import { acceptAccessLink } from "@/lib/users/accept-access-link";

export const acceptInvitationAction = publicAction(AcceptInvitationInput, async ({ requestId }, input) => {
  await acceptAccessLink(input, requestId);
  redirect("/signin?welcome=1");
});
