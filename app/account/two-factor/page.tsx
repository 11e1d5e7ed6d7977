import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { twoFactorStatusOf } from "@/lib/auth/two-factor/two-factor-status";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/two-factor/recovery-codes";
import { ConfirmEnrolmentForm, RegenerateRecoveryCodesForm, ResetOwnTwoFactorForm, StartEnrolmentForm } from "./two-factor-forms";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage() {
  const user = await requirePermission("account:security");
  const status = await twoFactorStatusOf(user);
  return (
    <>
      <h1>Two-factor sign-in</h1>
      {user.mustEnrolSecondFactor ? (
        <p className="alert alert-error" role="status">
          Your work on Countervoice needs a second factor. Set it up now: nothing else opens until you have.
        </p>
      ) : null}
      {status.enrolledAt ? (
        <>
          <p>
            On since {status.enrolledAt.toUTCString()}. Each sign-in asks for the 6-digit code from your authenticator app. {status.recoveryCodesLeft} of {RECOVERY_CODE_COUNT} recovery
            codes left.
          </p>
          <h2>Recovery codes</h2>
          <p>Each works once, instead of a code from the app. Making new ones cancels the old ones.</p>
          <RegenerateRecoveryCodesForm />
          <h2>Move to another device</h2>
          <p>Turning two-factor sign-in off ends all your sessions. {status.required ? "You will set it up again at your next sign-in." : ""}</p>
          <ResetOwnTwoFactorForm />
        </>
      ) : status.pending ? (
        <>
          <p>Scan this code with an authenticator app (such as FreeOTP, Aegis or Google Authenticator), or type the key beside it. Then enter the code the app shows.</p>
          <div className="two-factor-setup">
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL drawn on the server */}
            <img src={status.pending.qrCodeDataUrl} alt="QR code for your authenticator app" width={200} height={200} />
            <p>
              Key:{" "}
              <code data-testid="totp-secret" className="copy-box">
                {status.pending.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
          </div>
          <ConfirmEnrolmentForm />
        </>
      ) : (
        <>
          <p>
            {status.required
              ? "Your role needs a second factor: a code from an authenticator app on your phone, asked at each sign-in."
              : "You may add a second factor: a code from an authenticator app on your phone, asked at each sign-in."}
          </p>
          <StartEnrolmentForm />
        </>
      )}
    </>
  );
}
