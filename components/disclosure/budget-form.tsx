"use client";
// An admin sets a source's disclosure budget with a reason; lowering it asks for confirmation.
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { setDisclosureBudgetAction } from "@/app/(staff)/admin/disclosure/actions";
import { MAX_BUDGET } from "@/lib/disclosure/schemas";

type Props = { sourceId: string; sourceCode: string; budgetVersion: number; limit: number; defaultLimit: number; used: number };

export function BudgetForm({ sourceId, sourceCode, budgetVersion, limit, defaultLimit, used }: Props) {
  const t = useTranslations("disclosure.budgetForm");
  const [state, run, pending] = useFormAction(setDisclosureBudgetAction);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const next = new FormData(event.currentTarget).get("budget");
    const value = next === "" || next === null ? defaultLimit : Number(next);
    if (value < used && !window.confirm(t("confirmLower", { code: sourceCode, used, value }))) {
      event.preventDefault();
      return;
    }
    run(event);
  };
  return (
    <form method="post" onSubmit={onSubmit} key={budgetVersion} data-testid="budget-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="expectedBudgetVersion" value={budgetVersion} />
      <label htmlFor="budget">{t("newBudget", { max: MAX_BUDGET, defaultLimit })}</label>
      <input id="budget" name="budget" type="number" min={1} max={MAX_BUDGET} step={1} defaultValue={limit} inputMode="numeric" />
      <FieldError state={state} name="budget" />
      <label htmlFor="budget-reason">{t("reason")}</label>
      <textarea id="budget-reason" name="reason" rows={3} required minLength={10} maxLength={1000} dir="auto" />
      <FieldError state={state} name="reason" />
      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("set")}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
