"use server";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/auth/public-action";
import { requestClientAddress } from "@/lib/auth/request-client-address";
import { ResetPasswordInput } from "@/lib/auth/password-reset/schemas";
import { resetPassword } from "@/lib/auth/password-reset/reset-password";

// Public: the one-time token in the input is the authority, checked by the domain.
export const resetPasswordAction = publicAction(ResetPasswordInput, async ({ requestId }, input) => {
  await resetPassword(input, await requestClientAddress(), requestId);
  redirect("/signin?reset=1");
});
