import type { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import type { SetUserStatusInput } from "./schemas";
import { m } from "@/lib/i18n/translate";

/**
 * A disabled user is refused on their very next request (current-user.ts checks status);
 * raising the session version keeps their old sessions dead after they are enabled again.
 */
export async function setUserStatus(actor: Actor, input: z.infer<typeof SetUserStatusInput>, requestId: string) {
  assertCan(actor, "users:manage", { targetUserId: input.userId }, m("users.errors.disableYourself"));
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new NotFound(m("users.errors.noSuchUser"));
    if (user.status === input.status) return;
    await tx.user.update({ where: { id: user.id }, data: { status: input.status, sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actor,
      action: input.status === "DISABLED" ? "user.disabled" : "user.enabled",
      target: { type: "user", id: user.id },
      requestId,
    });
  });
}
