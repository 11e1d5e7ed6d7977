"use client";
// Puts one dead message, or the whole dead-letter list, back in the queue.
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { retryEmailsAction } from "@/app/(staff)/admin/notices/actions";

export function RetryEmailsButton({ emailId }: { emailId?: string }) {
  const t = useTranslations("admin.notices");
  const fields: Record<string, string> = emailId ? { emailId } : { all: "dead" };
  return <ActionButton action={retryEmailsAction} fields={fields} label={emailId ? t("retry") : t("retryAll")} pendingLabel={t("queuing")} variant="secondary" className="inline-form" />;
}
