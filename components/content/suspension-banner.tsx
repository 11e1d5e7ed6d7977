"use client";
// A suspended item: why (in words that never repeat the identifier) and the way out this
// person may take. The server checks each step again.
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { liftSuspensionAction, reopenSuspendedItemAction } from "@/app/(staff)/content/actions";

function Step({ action, itemId, version, label }: { action: typeof liftSuspensionAction; itemId: string; version: number; label: string }) {
  const [state, run, pending] = useFormAction(action);
  return (
    <form method="post" onSubmit={run} className="inline-form">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** `since` and `reason` come worded for the reader (the page formats and translates them). */
export function SuspensionBanner({ itemId, version, since, reason, may }: { itemId: string; version: number; since: string; reason: string; may: { reopen: boolean; lift: boolean } }) {
  const t = useTranslations("content.suspension");
  return (
    <section className="card notice" role="alert" aria-labelledby="suspended-heading" data-testid="suspension-banner">
      <h2 id="suspended-heading">{t("heading")}</h2>
      <p>
        {reason} {t("since", { since })}
      </p>
      <p className="muted">{t("help")}</p>
      <div className="toolbar">
        {may.reopen ? <Step action={reopenSuspendedItemAction} itemId={itemId} version={version} label={t("reopen")} /> : null}
        {may.lift ? <Step action={liftSuspensionAction} itemId={itemId} version={version} label={t("lift")} /> : null}
      </div>
    </section>
  );
}
