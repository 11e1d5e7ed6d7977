"use client";
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { ActionButton } from "@/components/ui/action-button";
import { CONSENT_CHANNELS, CONSENT_SCOPES } from "@/lib/sources/vocabulary";
import { updateConsentAction, withdrawConsentAction } from "../actions";
import styles from "../sources.module.css";

type Consent = { scopes: string[]; channels: string[]; languages: string[]; expiresAt: string | null; version: number };

export function ConsentForm({ sourceId, consent }: { sourceId: string; consent: Consent | null }) {
  const t = useTranslations("sources.consent");
  const [state, save, saving] = useFormAction(updateConsentAction);
  return (
    <form method="post" onSubmit={save} key={consent?.version ?? 0}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="version" value={consent?.version ?? 0} />
      <fieldset className={styles.fieldset}>
        <legend>{t("usesLegend")}</legend>
        {CONSENT_SCOPES.map((scope) => (
          <label key={scope} className={styles.check}>
            <input type="checkbox" name="scopes[]" value={scope} defaultChecked={consent?.scopes.includes(scope)} /> {t(`scopes.${scope}`)}
          </label>
        ))}
        <FieldError state={state} name="scopes" />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t("channelsHeading")}</legend>
        {CONSENT_CHANNELS.map((channel) => (
          <label key={channel} className={styles.check}>
            <input type="checkbox" name="channels[]" value={channel} defaultChecked={consent?.channels.includes(channel)} /> {t(`channels.${channel}`)}
          </label>
        ))}
        <FieldError state={state} name="channels" />
      </fieldset>
      <label htmlFor="consent-languages">{t("languagesLabel")}</label>
      <input id="consent-languages" name="languages" defaultValue={consent?.languages.join(", ") ?? ""} placeholder="en, ar" autoComplete="off" dir="ltr" />
      <FieldError state={state} name="languages" />
      <label htmlFor="consent-expires">{t("expiresLabel")}</label>
      <input id="consent-expires" name="expiresAt" type="date" defaultValue={consent?.expiresAt ?? ""} />
      <FieldError state={state} name="expiresAt" />
      <p>
        <button type="submit" disabled={saving}>
          {saving ? t("saving") : consent ? t("save") : t("record")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function WithdrawConsentButton({ sourceId, version }: { sourceId: string; version: number }) {
  const t = useTranslations("sources.consent");
  return (
    <ActionButton
      action={withdrawConsentAction}
      fields={{ sourceId, version }}
      label={t("withdraw")}
      pendingLabel={t("withdrawing")}
      variant="danger"
      confirmFirst={t("withdrawConfirm")}
    />
  );
}
