// An admin sends the weekly consent digests at once (the demo, a test) instead of waiting
// for the hourly run; the once-a-week limit still holds per editor.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { EMAIL_OFF_MESSAGE, emailEnabled } from "@/lib/notices/email-settings";
import { sendConsentDigests } from "./send-consent-digests";

export async function sendConsentDigestsNow(admin: Actor, requestId: string): Promise<string> {
  assertCan(admin, "notices:send-digests");
  if (!emailEnabled()) return EMAIL_OFF_MESSAGE;
  const run = await sendConsentDigests();
  await recordAuditEvent(db(), { actor: admin, action: "notices.consent-digests-sent", requestId, details: { queued: run.queued, skippedRecent: run.skippedRecent, optedOut: run.optedOut } });
  const parts = [`Consent digests queued for ${run.queued} editor${run.queued === 1 ? "" : "s"}.`];
  if (run.skippedRecent > 0) parts.push(`${run.skippedRecent} had one in the last 7 days.`);
  if (run.optedOut > 0) parts.push(`${run.optedOut} switched them off.`);
  if (run.queued + run.skippedRecent + run.optedOut === 0) parts.push("No handling editor has a consent expiring within 30 days.");
  return parts.join(" ");
}
