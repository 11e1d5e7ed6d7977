"use client";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { shareCampaignAction, unshareCampaignAction } from "../actions";

type Partner = { id: string; name: string; active: boolean; sharedAt: Date };

export function CampaignPartners({ campaignId, partners, shareable, canEdit }: { campaignId: string; partners: Partner[]; shareable: { id: string; name: string }[]; canEdit: boolean }) {
  const [shareState, share, sharing] = useFormAction(shareCampaignAction);
  const [unshareState, unshare, unsharing] = useFormAction(unshareCampaignAction);
  return (
    <>
      {partners.length === 0 ? (
        <p className="muted">Not shared with any partner organisation.</p>
      ) : (
        <ul data-testid="campaign-partners">
          {partners.map((p) => (
            <li key={p.id}>
              <span className="inline-form">
                {p.name}
                {p.active ? null : <span className="badge">inactive</span>}
                {canEdit ? (
                  <form
                    method="post"
                    className="inline-form"
                    onSubmit={(e) => {
                      if (!window.confirm(`Stop sharing this campaign with ${p.name}?`)) e.preventDefault();
                      else unshare(e);
                    }}
                  >
                    <input type="hidden" name="campaignId" value={campaignId} />
                    <input type="hidden" name="partnerOrgId" value={p.id} />
                    <button type="submit" className="secondary" disabled={unsharing} aria-label={`Stop sharing with ${p.name}`}>
                      Unshare
                    </button>
                  </form>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <FormStatus state={unshareState} />
      {canEdit ? (
        shareable.length === 0 ? (
          <p className="muted">No other active partner organisation to share with.</p>
        ) : (
          <form
            method="post"
            className="inline-form"
            onSubmit={(e) => {
              const select = e.currentTarget.elements.namedItem("partnerOrgId") as HTMLSelectElement;
              const name = select.selectedOptions[0]?.text ?? "this organisation";
              if (!window.confirm(`Share this campaign with ${name}? Its people will see the campaign's published items.`)) e.preventDefault();
              else share(e);
            }}
          >
            <input type="hidden" name="campaignId" value={campaignId} />
            <label htmlFor="share-partner">Partner organisation</label>
            <select id="share-partner" name="partnerOrgId" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {shareable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" disabled={sharing}>
              Share
            </button>
          </form>
        )
      ) : null}
      <FormStatus state={shareState} />
    </>
  );
}
