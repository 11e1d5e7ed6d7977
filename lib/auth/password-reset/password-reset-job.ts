// Defines the job that makes and sends a reset link (create-password-reset-link.ts).
// Imported by the action that enqueues it and by the server's start-up, so both find it.
import "server-only";
import { defineJob } from "@/lib/jobs/job-queue";
import { createPasswordResetLink } from "./create-password-reset-link";

export const PASSWORD_RESET_JOB = "auth.send-password-reset";

defineJob(PASSWORD_RESET_JOB, async (data) => {
  const email = typeof data.email === "string" ? data.email : "";
  const requestId = typeof data.requestId === "string" ? data.requestId : "";
  if (email) await createPasswordResetLink(email, requestId);
});
