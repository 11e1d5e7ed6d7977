"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { FieldError } from "@/components/ui/form-status";
import { CONSENT_CHANNELS } from "@/lib/sources/vocabulary";
import styles from "./campaigns.module.css";

export type CampaignDefaults = {
  name: string;
  objective: string;
  audiences: string[];
  regions: string[];
  languages: string[];
  channels: string[];
  startsOn: string | null;
  endsOn: string | null;
};

export const EMPTY_CAMPAIGN: CampaignDefaults = { name: "", objective: "", audiences: [], regions: [], languages: [], channels: [], startsOn: null, endsOn: null };

export function CampaignFields({ idPrefix, state, defaults }: { idPrefix: string; state: ActionResult | null; defaults: CampaignDefaults }) {
  const t = useTranslations("campaigns.fields");
  const channels = useTranslations("content.channels");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <label htmlFor={id("name")}>{t("name")}</label>
      <input id={id("name")} name="name" defaultValue={defaults.name} maxLength={160} required dir="auto" autoComplete="off" />
      <FieldError state={state} name="name" />
      <label htmlFor={id("objective")}>{t("objective")}</label>
      <textarea id={id("objective")} name="objective" defaultValue={defaults.objective} rows={3} maxLength={4000} required dir="auto" />
      <FieldError state={state} name="objective" />
      <label htmlFor={id("audiences")}>{t("audiences")}</label>
      <input id={id("audiences")} name="audiences" defaultValue={defaults.audiences.join(", ")} dir="auto" autoComplete="off" />
      <FieldError state={state} name="audiences" />
      <label htmlFor={id("regions")}>{t("regions")}</label>
      <input id={id("regions")} name="regions" defaultValue={defaults.regions.join(", ")} dir="auto" autoComplete="off" />
      <FieldError state={state} name="regions" />
      <label htmlFor={id("languages")}>{t("languages")}</label>
      <input id={id("languages")} name="languages" defaultValue={defaults.languages.join(", ")} placeholder="en, ar" autoComplete="off" />
      <FieldError state={state} name="languages" />
      <fieldset className={styles.fieldset}>
        <legend>{t("channels")}</legend>
        {CONSENT_CHANNELS.map((channel) => (
          <label key={channel} className={styles.check}>
            <input type="checkbox" name="channels[]" value={channel} defaultChecked={defaults.channels.includes(channel)} /> {channels(channel)}
          </label>
        ))}
        <FieldError state={state} name="channels" />
      </fieldset>
      <div className={styles.dates}>
        <div>
          <label htmlFor={id("starts")}>{t("startsOn")}</label>
          <input id={id("starts")} name="startsOn" type="date" defaultValue={defaults.startsOn ?? ""} />
          <FieldError state={state} name="startsOn" />
        </div>
        <div>
          <label htmlFor={id("ends")}>{t("endsOn")}</label>
          <input id={id("ends")} name="endsOn" type="date" defaultValue={defaults.endsOn ?? ""} aria-describedby={state && !state.ok && state.fieldErrors?.endsOn ? "endsOn-error" : undefined} />
          <FieldError state={state} name="endsOn" />
        </div>
      </div>
    </>
  );
}
