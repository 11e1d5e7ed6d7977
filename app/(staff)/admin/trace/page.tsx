import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/current-user";
import { TraceForm } from "./trace-form";

export const metadata: Metadata = { title: "Trace a leak" };

export default async function TracePage() {
  await requirePermission("leaks:trace");
  return (
    <>
      <h1>Trace a leak</h1>
      <p>
        Every file a partner downloads is marked for that download: a visible line (“Prepared for … · ref ABCD-1234”) and an invisible mark woven into its text. Paste what you found, or upload the file, to see which
        organisation, person and download it came from. What you paste is not stored.
      </p>
      <TraceForm />
    </>
  );
}
