// The workspace once the redaction is open, rendered inside the page's Suspense boundary.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/policy";
import { NotFound } from "@/lib/errors";
import { openRedaction, type RedactionView } from "@/lib/redaction/open-redaction";
import { DetectionError } from "@/lib/redaction/off-thread/detect-off-thread";
import { DetectionProblem } from "@/components/redaction/analysing-transcript";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { detectionInBackground } from "@/lib/redaction/detect-in-background";
import { DetectionInBackground } from "@/components/redaction/detection-in-background";
import { RedactionWorkspace } from "./redaction-workspace";

export async function OpenedWorkspace({ editor, testimonyId, requestId }: { editor: Actor; testimonyId: string; requestId: string }) {
  // A long transcript's findings come from a background job: its progress until they are stored.
  const detecting = await detectionInBackground(editor, testimonyId, requestId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  if (detecting) return <DetectionInBackground status={detecting} />;
  const opened: RedactionView | DetectionError = await openRedaction(editor, testimonyId, "edit", requestId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    if (error instanceof DetectionError) return error;
    throw error;
  });
  if (opened instanceof DetectionError) {
    const t = await getTranslations("redaction");
    return <DetectionProblem title={t("workspace.title")} message={t(`detection.${opened.key}`)} />;
  }
  return <RedactionWorkspace view={opened} reviewers={await listReviewerChoices(editor, [editor.id])} />;
}
