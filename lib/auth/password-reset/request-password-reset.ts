// "Forgot your password?": counts the request against its limits and queues the job that
// may send a link. It never looks the address up, so the answer and the work done before
// it are the same for every address, with or without an account.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { enqueue } from "@/lib/jobs/job-queue";
import { m } from "@/lib/i18n/translate";
import { emailEnabled } from "@/lib/notices/email-settings";
import { truncatedAddress } from "../client-address";
import type { ForgotPasswordInput } from "./schemas";
import { resetRequestThrottled } from "./reset-request-throttle";
import { PASSWORD_RESET_TTL_MINUTES } from "./reset-link-ttl";
import { PASSWORD_RESET_JOB } from "./password-reset-job";

export const resetRequestedMessage = () => m("auth.forgot.requested", { minutes: PASSWORD_RESET_TTL_MINUTES });
export const resetByEmailOff = () => m("auth.forgot.emailOff");

export async function requestPasswordReset(input: z.infer<typeof ForgotPasswordInput>, clientAddress: string, requestId: string, now = new Date()): Promise<string> {
  if (!emailEnabled()) return resetByEmailOff();
  const throttled = await resetRequestThrottled(input.email, clientAddress, now);
  await recordAuditEvent(db(), { actor: null, action: "auth.password-reset-requested", requestId, details: { throttled, from: truncatedAddress(clientAddress) } });
  if (!throttled) await enqueue(PASSWORD_RESET_JOB, { email: input.email, requestId });
  return resetRequestedMessage();
}
