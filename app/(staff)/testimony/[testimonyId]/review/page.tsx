import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { redactionTargetExists } from "@/lib/redaction/open-redaction";
import { requestId } from "@/lib/request-id";
import { AnalysingTranscript } from "@/components/redaction/analysing-transcript";
import { ReviewView } from "./review-view";

export const metadata: Metadata = { title: "Review redaction" };

// Streams like the workspace: detection of a long transcript may still be running.
export default async function ReviewPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const reviewer = await requirePermission("redaction:review");
  const { testimonyId } = await params;
  if (!(await redactionTargetExists(reviewer, testimonyId, "review"))) notFound();
  const id = await requestId();
  return (
    <Suspense fallback={<AnalysingTranscript />}>
      <ReviewView reviewer={reviewer} testimonyId={testimonyId} requestId={id} />
    </Suspense>
  );
}
