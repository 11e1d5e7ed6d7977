import type { Metadata } from "next";
import { Suspense } from "react";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/lib/errors";
import { requirePermission, requireRecentReauth } from "@/lib/auth/current-user";
import { redactionTargetExists } from "@/lib/redaction/open-redaction";
import { requestId } from "@/lib/request-id";
import { AnalysingTranscript } from "@/components/redaction/analysing-transcript";
import { OpenedWorkspace } from "./opened-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("redaction.workspace"))("title") };
}

// Detecting identifiers in a long transcript can take a while: the page streams, and the
// editor sees that the transcript is being analysed instead of a page that hangs.
export default async function RedactionPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const editor = await requirePermission("redaction:edit");
  const { testimonyId } = await params;
  const id = await requestId();
  // Not on the source's team (nor, to review, assigned to this redaction): refused, and recorded.
  const exists = await redactionTargetExists(editor, testimonyId, "edit", id).catch((error: unknown) => {
    if (error instanceof NotAllowed) forbidden();
    throw error;
  });
  if (!exists) notFound();
  // The workspace shows the raw testimony around each span.
  await requireRecentReauth(`/testimony/${encodeURIComponent(testimonyId)}/redaction`);
  return (
    <Suspense fallback={<AnalysingTranscript />}>
      <OpenedWorkspace editor={editor} testimonyId={testimonyId} requestId={id} />
    </Suspense>
  );
}
