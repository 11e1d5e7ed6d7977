// An admin's emergency access to one source: a reason, one hour, audited, and the team is
// told on their dashboard. During it the admin reads what the team reads, and writes nothing.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { assertReasonNamesNoOne } from "@/lib/audit/assert-reason-names-no-one";
import { noSuchSource } from "../source-records";
import { EMERGENCY_ACCESS_MS, EmergencyAccessInput } from "./schemas";

export async function openEmergencyAccess(admin: Actor, raw: EmergencyAccessInput, requestId: string): Promise<{ expiresAt: Date }> {
  assertCan(admin, "sources:emergency-access");
  const input = parseInput(EmergencyAccessInput, raw);
  return db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, code: true } });
    if (!source) throw new NotFound(noSuchSource());
    await assertReasonNamesNoOne(tx, input.reason);
    const now = new Date();
    const access = await tx.emergencyAccess.create({
      data: { sourceId: source.id, adminId: admin.id, reason: input.reason, openedAt: now, expiresAt: new Date(now.getTime() + EMERGENCY_ACCESS_MS) },
    });
    // The reason is the admin's own words about why, checked above to name no one; it is
    // kept with the access and the event.
    await recordAuditEvent(tx, {
      actor: admin,
      action: "source.emergency-access-opened",
      target: { type: "source", id: source.id },
      requestId,
      details: { code: source.code, expiresAt: access.expiresAt.toISOString(), reason: input.reason },
    });
    return { expiresAt: access.expiresAt };
  });
}
