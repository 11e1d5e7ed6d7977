// "Forgot your password?": counts the request against its limits and queues the job that
// may send a link. It never looks the address up, so the answer and the work done before
// it are the same for every address, with or without an account.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { enqueue } from "@/lib/jobs/job-queue";
import { emailEnabled } from "@/lib/notices/email-settings";
import { truncatedAddress } from "../client-address";
import type { ForgotPasswordInput } from "./schemas";
import { resetRequestThrottled } from "./reset-request-throttle";
import { PASSWORD_RESET_TTL_MINUTES } from "./reset-link-ttl";
import { PASSWORD_RESET_JOB } from "./password-reset-job";

export const RESET_REQUESTED_MESSAGE = `If an account exists for that address, we have sent a link to it; it works for ${PASSWORD_RESET_TTL_MINUTES} minutes. Check your inbox (and spam folder).`;
export const RESET_BY_EMAIL_OFF = "Reset by email is not available on this server, because it sends no email. Ask an administrator to help you back into your account.";

export async function requestPasswordReset(input: z.infer<typeof ForgotPasswordInput>, clientAddress: string, requestId: string, now = new Date()): Promise<string> {
  if (!emailEnabled()) return RESET_BY_EMAIL_OFF;
  const throttled = await resetRequestThrottled(input.email, clientAddress, now);
  await recordAuditEvent(db(), { actor: null, action: "auth.password-reset-requested", requestId, details: { throttled, from: truncatedAddress(clientAddress) } });
  if (!throttled) await enqueue(PASSWORD_RESET_JOB, { email: input.email, requestId });
  return RESET_REQUESTED_MESSAGE;
}
