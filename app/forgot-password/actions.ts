"use server";
import { publicAction } from "@/lib/auth/public-action";
import { requestClientAddress } from "@/lib/auth/request-client-address";
import { ForgotPasswordInput } from "@/lib/auth/password-reset/schemas";
import { requestPasswordReset } from "@/lib/auth/password-reset/request-password-reset";

// The same answer for every address: whether an account exists is never said here.
export const requestPasswordResetAction = publicAction(ForgotPasswordInput, async ({ requestId }, input) => {
  const message = await requestPasswordReset(input, await requestClientAddress(), requestId);
  return { ok: true, message };
});
