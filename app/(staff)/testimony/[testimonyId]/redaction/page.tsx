import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { openRedaction } from "@/lib/redaction/open-redaction";
import { requestId } from "@/lib/request-id";
import { NotFound } from "@/lib/errors";
import { RedactionWorkspace } from "./redaction-workspace";

export const metadata: Metadata = { title: "Redaction workspace" };

export default async function RedactionPage({ params }: { params: Promise<{ testimonyId: string }> }) {
  const editor = await requirePermission("redaction:edit");
  const { testimonyId } = await params;
  const view = await openRedaction(editor, testimonyId, "edit", await requestId()).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  return <RedactionWorkspace view={view} />;
}
