import { describeHit } from "@/lib/content/leak-guard";
import type { CampaignTextFindings } from "@/lib/campaigns/campaign-text-guard";
import { HighlightedField } from "@/components/content/highlighted-field";

/** What the leak guard finds in the name and objective now, marked where it is, before anyone shares the campaign. */
export function CampaignTextFindingsPanel({ findings, shared }: { findings: CampaignTextFindings; shared: boolean }) {
  const { fields, hits } = findings;
  if (hits.length === 0) return null;
  return (
    <section className="card" aria-labelledby="campaign-leaks-heading" data-testid="campaign-leak-findings">
      <h2 id="campaign-leaks-heading">Possible identifiers ({hits.length})</h2>
      <p>
        Partners see the name and objective. Sharing is refused until these are removed or generalised
        {shared ? "; organisations it is already shared with stop seeing the campaign the next time they open it" : ""}.
      </p>
      <ul>
        {hits.map((hit) => (
          <li key={`${hit.field}:${hit.start}`}>{describeHit(hit, fields)}</li>
        ))}
      </ul>
      {fields
        .filter((f) => hits.some((h) => h.field === f.field))
        .map((f) => (
          <div key={f.field}>
            <h3>{f.label}</h3>
            <HighlightedField text={f.text} hits={hits.filter((h) => h.field === f.field)} />
          </div>
        ))}
    </section>
  );
}
