// An admin sends the weekly consent digests at once (the demo, a test) instead of waiting
// for the hourly run; the once-a-week limit still holds per editor.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { emailEnabled } from "@/lib/notices/email-settings";
import { m } from "@/lib/i18n/translate";
import { sendConsentDigests } from "./send-consent-digests";

export async function sendConsentDigestsNow(admin: Actor, requestId: string): Promise<string> {
  assertCan(admin, "notices:send-digests");
  if (!emailEnabled()) return m("takedowns.digests.emailOff");
  const run = await sendConsentDigests();
  await recordAuditEvent(db(), { actor: admin, action: "notices.consent-digests-sent", requestId, details: { queued: run.queued, skippedRecent: run.skippedRecent, optedOut: run.optedOut } });
  // In the admin's language: the answer is read on the takedowns page only.
  const parts = [m("takedowns.digests.queued", { count: run.queued })];
  if (run.skippedRecent > 0) parts.push(m("takedowns.digests.skippedRecent", { count: run.skippedRecent }));
  if (run.optedOut > 0) parts.push(m("takedowns.digests.optedOut", { count: run.optedOut }));
  if (run.queued + run.skippedRecent + run.optedOut === 0) parts.push(m("takedowns.digests.noneExpiring"));
  return parts.join(" ");
}
