import type { Metadata } from "next";
import { Suspense } from "react";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/lib/errors";
import { requirePermission, requireRecentReauth } from "@/lib/auth/current-user";
import { redactionTargetExists } from "@/lib/redaction/open-redaction";
import { requestId } from "@/lib/request-id";
import { AnalysingTranscript } from "@/components/redaction/analysing-transcript";
import { ReviewView } from "./review-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("redaction.review"))("title") };
}

// Streams like the workspace: detection of a long transcript may still be running.
export default async function ReviewPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const reviewer = await requirePermission("redaction:review");
  const { testimonyId } = await params;
  const id = await requestId();
  // Not on the source's team (nor, to review, assigned to this redaction): refused, and recorded.
  const exists = await redactionTargetExists(reviewer, testimonyId, "review", id).catch((error: unknown) => {
    if (error instanceof NotAllowed) forbidden();
    throw error;
  });
  if (!exists) notFound();
  // The workspace shows the raw testimony around each span.
  await requireRecentReauth(`/testimony/${encodeURIComponent(testimonyId)}/review`);
  return (
    <Suspense fallback={<AnalysingTranscript />}>
      <ReviewView reviewer={reviewer} testimonyId={testimonyId} requestId={id} />
    </Suspense>
  );
}
