// What the owner of an account is told of failed sign-ins to it: how many since their
// previous sign-in, and when and from which network the last one came. Read from the
// audit trail, which records only an address's network (authenticate.ts), never a password.
import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "./policy";

// Counting stops here: past it the notice says "at least".
export const MAX_COUNTED = 1000;

export type FailedSignIns = { count: number; atLeast: boolean; lastAt: Date; lastFrom: string };

type FailureEvent = { action: string; at: Date; details: unknown };

const detail = (details: unknown, key: string): unknown => (details && typeof details === "object" ? (details as Record<string, unknown>)[key] : undefined);

/** A guess at this account: a wrong password or code at sign-in (or a wrong code with a reset link), or an attempt refused while it had to wait. */
function isFailedSignIn(event: FailureEvent): boolean {
  if (event.action === "auth.sign-in-failed") return detail(event.details, "reason") === "wrong-password";
  if (event.action === "auth.second-factor-failed") return ["sign-in", "password-reset"].includes(detail(event.details, "at") as string);
  return event.action === "auth.sign-in-throttled";
}

export async function failedSignInsSinceLastSignIn(actor: Actor): Promise<FailedSignIns | null> {
  // The latest sign-in is (usually) this session's; the one before it is "your last sign-in".
  return failedSignInsAfterSignIn(actor.id, 1);
}

/** Failures since the latest successful sign-in: what the owner is told of by email (failed-sign-in-notice.ts). */
export async function failedSignInsSinceLatestSignIn(userId: string): Promise<FailedSignIns | null> {
  return failedSignInsAfterSignIn(userId, 0);
}

/** Failures after the sign-in `skip` places before the latest (none such: since the account began). */
async function failedSignInsAfterSignIn(userId: string, skip: number): Promise<FailedSignIns | null> {
  const target = { targetType: "user", targetId: userId };
  const signIns = await db().auditEvent.findMany({ where: { ...target, action: "auth.sign-in" }, orderBy: { sequence: "desc" }, take: skip + 1, select: { sequence: true } });
  const since = signIns.length === skip + 1 ? signIns[skip]!.sequence : 0;
  const events = await db().auditEvent.findMany({
    where: { ...target, action: { in: ["auth.sign-in-failed", "auth.sign-in-throttled", "auth.second-factor-failed"] }, sequence: { gt: since } },
    orderBy: { sequence: "desc" },
    take: MAX_COUNTED,
    select: { action: true, at: true, details: true },
  });
  const failures = events.filter(isFailedSignIn);
  const last = failures[0];
  if (!last) return null;
  const from = detail(last.details, "from");
  return { count: failures.length, atLeast: events.length === MAX_COUNTED, lastAt: last.at, lastFrom: typeof from === "string" ? from : "an unknown address" };
}
