"use client";
// Puts one dead background job back in the queue, with all its tries again.
import { ActionButton } from "@/components/ui/action-button";
import { retryJobAction } from "@/app/(staff)/admin/jobs/actions";

export function RetryJobButton({ jobId }: { jobId: string }) {
  return <ActionButton action={retryJobAction} fields={{ jobId }} label="Retry" pendingLabel="Queuing…" variant="secondary" className="inline-form" />;
}
