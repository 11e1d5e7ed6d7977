"use client";
// For admins: the weekly consent digests now rather than at the next hourly run.
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { sendConsentDigestsAction } from "@/app/(staff)/admin/takedowns/actions";

export function SendConsentDigestsForm() {
  const t = useTranslations("takedowns.digests");
  const [state, send, pending] = useFormAction(sendConsentDigestsAction);
  return (
    <section className="card" aria-labelledby="consent-digests-heading">
      <h2 id="consent-digests-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <form method="post" onSubmit={send}>
        <button type="submit" className="secondary" disabled={pending}>
          {t("send")}
        </button>
        <FormStatus state={state} />
      </form>
    </section>
  );
}
