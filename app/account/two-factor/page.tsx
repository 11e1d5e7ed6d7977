import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/current-user";
import { twoFactorStatusOf } from "@/lib/auth/two-factor/two-factor-status";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/two-factor/recovery-codes";
import { ConfirmEnrolmentForm, RegenerateRecoveryCodesForm, ResetOwnTwoFactorForm, StartEnrolmentForm } from "./two-factor-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.twoFactor"))("title") };
}

export default async function TwoFactorPage() {
  const user = await requirePermission("account:security");
  const [status, t, format] = await Promise.all([twoFactorStatusOf(user), getTranslations("account.twoFactor"), getFormatter()]);
  return (
    <>
      <h1>{t("title")}</h1>
      {user.mustEnrolSecondFactor ? (
        <p className="alert alert-error" role="status">
          {t("mustEnrol")}
        </p>
      ) : null}
      {status.enrolledAt ? (
        <>
          <p>{t("onSince", { date: format.dateTime(status.enrolledAt, { dateStyle: "long", timeStyle: "short" }), left: status.recoveryCodesLeft, total: RECOVERY_CODE_COUNT })}</p>
          <h2>{t("recoveryHeading")}</h2>
          <p>{t("recoveryIntro")}</p>
          <RegenerateRecoveryCodesForm />
          <h2>{t("moveHeading")}</h2>
          <p>
            {t("turningOffEnds")} {status.required ? t("setUpAgain") : ""}
          </p>
          <ResetOwnTwoFactorForm />
        </>
      ) : status.pending ? (
        <>
          <p>{t("scan")}</p>
          <div className="two-factor-setup">
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL drawn on the server */}
            <img src={status.pending.qrCodeDataUrl} alt={t("qrAlt")} width={200} height={200} />
            <p>
              {t("key")}{" "}
              <code data-testid="totp-secret" className="copy-box" dir="ltr">
                {status.pending.secret.replace(/(.{4})/g, "$1 ").trim()}
              </code>
            </p>
          </div>
          <ConfirmEnrolmentForm />
        </>
      ) : (
        <>
          <p>{status.required ? t("required") : t("optional")}</p>
          <StartEnrolmentForm />
        </>
      )}
    </>
  );
}
