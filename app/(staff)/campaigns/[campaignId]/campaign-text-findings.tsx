import { useTranslations } from "next-intl";
import type { CampaignTextFindings } from "@/lib/campaigns/campaign-text-guard";
import { describeLeak, fieldLabel, type Translate } from "@/lib/content/wording";
import { HighlightedField } from "@/components/content/highlighted-field";

/** What the leak guard finds in the name and objective now, marked where it is, before anyone shares the campaign. */
export function CampaignTextFindingsPanel({ findings, shared }: { findings: CampaignTextFindings; shared: boolean }) {
  const t = useTranslations("campaigns.findings");
  const root = useTranslations() as unknown as Translate;
  const { fields, hits } = findings;
  if (hits.length === 0) return null;
  return (
    <section className="card" aria-labelledby="campaign-leaks-heading" data-testid="campaign-leak-findings">
      <h2 id="campaign-leaks-heading">{t("heading", { count: hits.length })}</h2>
      <p>{shared ? t("refusedShared") : t("refused")}</p>
      <ul>
        {hits.map((hit) => (
          <li key={`${hit.field}:${hit.start}`}>{describeLeak(hit, fields, root)}</li>
        ))}
      </ul>
      {fields
        .filter((f) => hits.some((h) => h.field === f.field))
        .map((f) => (
          <div key={f.field}>
            <h3>{fieldLabel(f.field, fields, root)}</h3>
            <HighlightedField text={f.text} hits={hits.filter((h) => h.field === f.field)} />
          </div>
        ))}
    </section>
  );
}
