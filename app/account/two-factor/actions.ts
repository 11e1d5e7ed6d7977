"use server";
import { m } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { ConfirmEnrolmentInput, confirmTwoFactorEnrolment, startTwoFactorEnrolment } from "@/lib/auth/two-factor/enrol-two-factor";
import { resetOwnTwoFactor } from "@/lib/auth/two-factor/reset-two-factor";
import { regenerateRecoveryCodes } from "@/lib/auth/two-factor/regenerate-recovery-codes";

// Every action here acts on the signed-in person's own row, taken from the session:
// none of them reads a user id from the form.
const Nothing = z.object({});

export const startEnrolmentAction = authorizedAction("account:security", Nothing, async ({ session, requestId }) => {
  await startTwoFactorEnrolment(session, requestId);
  revalidatePath("/account/two-factor");
  return { ok: true };
}, { reauth: true });

// No revalidation: enrolling ends this session, and the page must stay to show the recovery codes once.
export const confirmEnrolmentAction = authorizedAction("account:security", ConfirmEnrolmentInput, async ({ session, requestId }, input) => {
  const { recoveryCodes } = await confirmTwoFactorEnrolment(session, input, requestId);
  return { ok: true, message: m("account.twoFactor.turnedOn"), data: { recoveryCodes } };
});

export const resetOwnTwoFactorAction = authorizedAction("account:security", Nothing, async ({ session, requestId }) => {
  await resetOwnTwoFactor(session, requestId);
  return { ok: true, message: m("account.twoFactor.turnedOff") };
}, { reauth: true });

export const regenerateRecoveryCodesAction = authorizedAction("account:security", Nothing, async ({ session, requestId }) => {
  const { recoveryCodes } = await regenerateRecoveryCodes(session, requestId);
  return { ok: true, message: m("account.twoFactor.newCodes"), data: { recoveryCodes } };
}, { reauth: true });
