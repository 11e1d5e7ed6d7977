"use client";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { shareCampaignAction, unshareCampaignAction } from "../actions";
import { isolated } from "@/lib/i18n/isolate";

type Partner = { id: string; name: string; active: boolean; sharedAt: Date };

export function CampaignPartners({ campaignId, partners, shareable, canEdit }: { campaignId: string; partners: Partner[]; shareable: { id: string; name: string }[]; canEdit: boolean }) {
  const t = useTranslations("campaigns.partners");
  const [shareState, share, sharing] = useFormAction(shareCampaignAction);
  const [unshareState, unshare, unsharing] = useFormAction(unshareCampaignAction);
  return (
    <>
      {partners.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul data-testid="campaign-partners">
          {partners.map((p) => (
            <li key={p.id}>
              <span className="inline-form">
                <bdi>{p.name}</bdi>
                {p.active ? null : <span className="badge">{t("inactive")}</span>}
                {canEdit ? (
                  <form
                    method="post"
                    className="inline-form"
                    onSubmit={(e) => {
                      if (!window.confirm(t("confirmUnshare", { name: isolated(p.name) }))) e.preventDefault();
                      else unshare(e);
                    }}
                  >
                    <input type="hidden" name="campaignId" value={campaignId} />
                    <input type="hidden" name="partnerOrgId" value={p.id} />
                    <button type="submit" className="secondary" disabled={unsharing} aria-label={t("unshareNamed", { name: isolated(p.name) })}>
                      {t("unshare")}
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
          <p className="muted">{t("noneToShare")}</p>
        ) : (
          <form
            method="post"
            className="inline-form"
            onSubmit={(e) => {
              const select = e.currentTarget.elements.namedItem("partnerOrgId") as HTMLSelectElement;
              const name = select.selectedOptions[0]?.text ?? t("thisOrganisation");
              if (!window.confirm(t("confirmShare", { name }))) e.preventDefault();
              else share(e);
            }}
          >
            <input type="hidden" name="campaignId" value={campaignId} />
            <label htmlFor="share-partner">{t("partner")}</label>
            <select id="share-partner" name="partnerOrgId" required defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {shareable.map((p) => (
                <option key={p.id} value={p.id} dir="auto">
                  {p.name}
                </option>
              ))}
            </select>
            <button type="submit" disabled={sharing}>
              {t("share")}
            </button>
          </form>
        )
      ) : null}
      <FormStatus state={shareState} />
    </>
  );
}
