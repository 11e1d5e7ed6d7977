// The workspace once the redaction is open, rendered inside the page's Suspense boundary.
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/policy";
import { NotFound } from "@/lib/errors";
import { openRedaction, type RedactionView } from "@/lib/redaction/open-redaction";
import { DetectionError } from "@/lib/redaction/off-thread/detect-off-thread";
import { DetectionProblem } from "@/components/redaction/analysing-transcript";
import { listReviewerChoices } from "@/lib/reviews/list-reviewer-choices";
import { RedactionWorkspace } from "./redaction-workspace";

export async function OpenedWorkspace({ editor, testimonyId, requestId }: { editor: Actor; testimonyId: string; requestId: string }) {
  const opened: RedactionView | DetectionError = await openRedaction(editor, testimonyId, "edit", requestId).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    if (error instanceof DetectionError) return error;
    throw error;
  });
  if (opened instanceof DetectionError) return <DetectionProblem title="Redaction workspace" message={opened.message} />;
  return <RedactionWorkspace view={opened} reviewers={await listReviewerChoices(editor, [editor.id])} />;
}
