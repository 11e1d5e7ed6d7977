// Form fields shared by the new-source and edit-source forms.
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { RISK_LEVELS } from "@/lib/sources/vocabulary";

type Props = {
  idPrefix: string;
  state: ActionResult | null;
  editors: { id: string; name: string }[];
  defaults: { pseudonym: string | null; riskLevel: string; handlingEditorId: string };
};

export function PublicSourceFields({ idPrefix, state, editors, defaults }: Props) {
  const t = useTranslations("sources.fields");
  const risk = useTranslations("sources.risk");
  return (
    <>
      <label htmlFor={`${idPrefix}-pseudonym`}>{t("pseudonym")}</label>
      <input id={`${idPrefix}-pseudonym`} name="pseudonym" maxLength={80} defaultValue={defaults.pseudonym ?? ""} aria-describedby={`${idPrefix}-pseudonym-hint`} dir="auto" />
      <p className="muted" id={`${idPrefix}-pseudonym-hint`}>
        {t("pseudonymHint")}
      </p>
      <FieldError state={state} name="pseudonym" />
      <label htmlFor={`${idPrefix}-risk`}>{t("riskLevel")}</label>
      <select id={`${idPrefix}-risk`} name="riskLevel" defaultValue={defaults.riskLevel} required>
        {RISK_LEVELS.map((level) => (
          <option key={level} value={level}>
            {risk(level)}
          </option>
        ))}
      </select>
      <FieldError state={state} name="riskLevel" />
      <label htmlFor={`${idPrefix}-editor`}>{t("handlingEditor")}</label>
      <select id={`${idPrefix}-editor`} name="handlingEditorId" defaultValue={defaults.handlingEditorId} required>
        {editors.map((e) => (
          <option key={e.id} value={e.id} dir="auto">
            {e.name}
          </option>
        ))}
      </select>
      <FieldError state={state} name="handlingEditorId" />
    </>
  );
}
