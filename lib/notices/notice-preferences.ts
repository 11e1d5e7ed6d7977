// Which optional email notices a person may choose, and saving their choice. Review requests
// and consent digests only reach staff; failed sign-in notices reach everyone. Take-down
// notices to a partner's organisation go to its contact addresses and cannot be switched off.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { OPTIONAL_NOTICE_KINDS, type OptionalNoticeKind } from "./notice-kinds";

// Each kind is named and explained to the person in the "account.notices.kinds" messages.

const STAFF_ONLY: readonly OptionalNoticeKind[] = ["review-request", "consent-digest"];

export function optionalNoticeKindsFor(role: Role): OptionalNoticeKind[] {
  return OPTIONAL_NOTICE_KINDS.filter((kind) => role !== "PARTNER" || !STAFF_ONLY.includes(kind));
}

/** The checked boxes: the kinds this person wants to receive. */
export const NoticePreferencesInput = z.object({ receive: z.array(z.enum(OPTIONAL_NOTICE_KINDS)).max(OPTIONAL_NOTICE_KINDS.length).default([]) });

export async function noticePreferencesOf(actor: Actor): Promise<{ kind: OptionalNoticeKind; receive: boolean }[]> {
  assertCan(actor, "account:notices");
  const { emailOptOuts } = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailOptOuts: true } });
  return optionalNoticeKindsFor(actor.role).map((kind) => ({ kind, receive: !emailOptOuts.includes(kind) }));
}

export async function saveNoticePreferences(actor: Actor, raw: unknown, requestId: string): Promise<void> {
  assertCan(actor, "account:notices");
  const { receive } = parseInput(NoticePreferencesInput, raw);
  await db().$transaction(async (tx) => {
    const { emailOptOuts } = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { emailOptOuts: true } });
    const offered = optionalNoticeKindsFor(actor.role);
    // Choices about kinds this role is not offered stay as they were (for a later role change).
    const kept = emailOptOuts.filter((kind) => !(offered as string[]).includes(kind));
    const optedOut = offered.filter((kind) => !receive.includes(kind));
    const next = [...new Set([...kept, ...optedOut])].sort();
    await tx.user.update({ where: { id: actor.id }, data: { emailOptOuts: next } });
    await recordAuditEvent(tx, { actor, action: "account.notice-preferences-changed", target: { type: "user", id: actor.id }, requestId, details: { optedOut: next } });
  });
}
