// What a source agreed to, as recorded: uses, channels, languages and expiry.
import { getFormatter, getTranslations } from "next-intl/server";
import { CONSENT_CHANNELS, CONSENT_SCOPES } from "@/lib/sources/vocabulary";
import styles from "../sources.module.css";

type Consent = { scopes: string[]; channels: string[]; languages: string[]; expiresAt: Date | null };

const known = (list: readonly string[], value: string) => list.includes(value);

export async function ConsentFacts({ consent }: { consent: Consent }) {
  const [t, format] = await Promise.all([getTranslations("sources.consent"), getFormatter()]);
  const scopes = consent.scopes.map((s) => (known(CONSENT_SCOPES, s) ? t(`scopes.${s}`) : s));
  const channels = consent.channels.map((c) => (known(CONSENT_CHANNELS, c) ? t(`channels.${c}`) : c));
  return (
    <dl className={styles.facts}>
      <dt>{t("uses")}</dt>
      <dd>{format.list(scopes, { type: "unit" })}</dd>
      <dt>{t("channelsHeading")}</dt>
      <dd>{format.list(channels, { type: "unit" })}</dd>
      <dt>{t("languages")}</dt>
      <dd>
        <bdi>{consent.languages.join(", ")}</bdi>
      </dd>
      <dt>{t("expires")}</dt>
      <dd>{consent.expiresAt ? consent.expiresAt.toISOString().slice(0, 10) : t("noExpiry")}</dd>
    </dl>
  );
}
