"use client";
// Erasing a source cannot be undone: the admin types its code and gives a reason.
import { useTranslations } from "next-intl";
import { FieldError, FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { eraseSourceAction } from "@/app/(staff)/admin/erasure/actions";

export function EraseSourceForm({ sourceId, sourceCode }: { sourceId: string; sourceCode: string }) {
  const t = useTranslations("sources.erase");
  const [state, run, pending] = useFormAction(eraseSourceAction);
  const id = (name: string) => `${name}-${sourceCode}`;
  return (
    <form method="post" onSubmit={run} data-testid={`erase-form-${sourceCode}`}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <label htmlFor={id("confirm")}>{t.rich("typeToConfirm", { code: sourceCode, bdi: (chunks) => <bdi>{chunks}</bdi> })}</label>
      <input id={id("confirm")} name="confirmCode" required autoComplete="off" spellCheck={false} />
      <FieldError state={state} name="confirmCode" />
      <label htmlFor={id("reason")}>{t("reason")}</label>
      <textarea id={id("reason")} name="reason" rows={2} required minLength={10} maxLength={1000} dir="auto" />
      <FieldError state={state} name="reason" />
      <p>
        <button type="submit" className="danger" disabled={pending}>
          {pending ? t("erasing") : t.rich("erase", { code: sourceCode, bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </button>
      </p>
      <FormStatus state={state} />
    </form>
  );
}
