"use client";
// Puts one dead background job back in the queue, with all its tries again.
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { retryJobAction } from "@/app/(staff)/admin/jobs/actions";

export function RetryJobButton({ jobId }: { jobId: string }) {
  const t = useTranslations("admin.jobs");
  return <ActionButton action={retryJobAction} fields={{ jobId }} label={t("retry")} pendingLabel={t("queuing")} variant="secondary" className="inline-form" />;
}
