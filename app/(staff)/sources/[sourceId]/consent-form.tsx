"use client";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { ActionButton } from "@/components/ui/action-button";
import { CONSENT_CHANNEL_LABELS, CONSENT_CHANNELS, CONSENT_SCOPE_LABELS, CONSENT_SCOPES } from "@/lib/sources/vocabulary";
import { updateConsentAction, withdrawConsentAction } from "../actions";
import styles from "../sources.module.css";

type Consent = { scopes: string[]; channels: string[]; languages: string[]; expiresAt: string | null; version: number };

export function ConsentForm({ sourceId, consent }: { sourceId: string; consent: Consent | null }) {
  const [state, save, saving] = useFormAction(updateConsentAction);
  return (
    <form method="post" onSubmit={save} key={consent?.version ?? 0}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="version" value={consent?.version ?? 0} />
      <fieldset className={styles.fieldset}>
        <legend>Uses the source agreed to</legend>
        {CONSENT_SCOPES.map((scope) => (
          <label key={scope} className={styles.check}>
            <input type="checkbox" name="scopes[]" value={scope} defaultChecked={consent?.scopes.includes(scope)} /> {CONSENT_SCOPE_LABELS[scope]}
          </label>
        ))}
        <FieldError state={state} name="scopes" />
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Channels</legend>
        {CONSENT_CHANNELS.map((channel) => (
          <label key={channel} className={styles.check}>
            <input type="checkbox" name="channels[]" value={channel} defaultChecked={consent?.channels.includes(channel)} /> {CONSENT_CHANNEL_LABELS[channel]}
          </label>
        ))}
        <FieldError state={state} name="channels" />
      </fieldset>
      <label htmlFor="consent-languages">Languages (ISO codes, comma-separated)</label>
      <input id="consent-languages" name="languages" defaultValue={consent?.languages.join(", ") ?? ""} placeholder="en, ar" autoComplete="off" />
      <FieldError state={state} name="languages" />
      <label htmlFor="consent-expires">Expires on (optional)</label>
      <input id="consent-expires" name="expiresAt" type="date" defaultValue={consent?.expiresAt ?? ""} />
      <FieldError state={state} name="expiresAt" />
      <p>
        <button type="submit" disabled={saving}>
          {saving ? "Saving…" : consent ? "Save consent" : "Record consent"}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}

export function WithdrawConsentButton({ sourceId, version }: { sourceId: string; version: number }) {
  return (
    <ActionButton
      action={withdrawConsentAction}
      fields={{ sourceId, version }}
      label="Withdraw consent"
      pendingLabel="Withdrawing…"
      variant="danger"
      confirmFirst="Withdraw this source's consent? Their testimony may no longer be used, and this cannot be undone here."
    />
  );
}
