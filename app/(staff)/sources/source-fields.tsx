// Form fields shared by the new-source and edit-source forms.
import { FieldError } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/auth/authorized-action";
import { RISK_LABELS, RISK_LEVELS } from "@/lib/sources/vocabulary";

type Props = {
  idPrefix: string;
  state: ActionResult | null;
  editors: { id: string; name: string }[];
  defaults: { pseudonym: string | null; riskLevel: string; handlingEditorId: string };
};

export function PublicSourceFields({ idPrefix, state, editors, defaults }: Props) {
  return (
    <>
      <label htmlFor={`${idPrefix}-pseudonym`}>Public pseudonym (optional)</label>
      <input id={`${idPrefix}-pseudonym`} name="pseudonym" maxLength={80} defaultValue={defaults.pseudonym ?? ""} aria-describedby={`${idPrefix}-pseudonym-hint`} />
      <p className="muted" id={`${idPrefix}-pseudonym-hint`}>
        The name published content may use. Never a real name or a kunya.
      </p>
      <FieldError state={state} name="pseudonym" />
      <label htmlFor={`${idPrefix}-risk`}>Risk level</label>
      <select id={`${idPrefix}-risk`} name="riskLevel" defaultValue={defaults.riskLevel} required>
        {RISK_LEVELS.map((level) => (
          <option key={level} value={level}>
            {RISK_LABELS[level]}
          </option>
        ))}
      </select>
      <FieldError state={state} name="riskLevel" />
      <label htmlFor={`${idPrefix}-editor`}>Handling editor</label>
      <select id={`${idPrefix}-editor`} name="handlingEditorId" defaultValue={defaults.handlingEditorId} required>
        {editors.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
      <FieldError state={state} name="handlingEditorId" />
    </>
  );
}
