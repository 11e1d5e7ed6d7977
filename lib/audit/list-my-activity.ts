import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";

/** A person's own recent actions, for their dashboard. */
export async function listMyActivity(actor: Actor, take = 10) {
  return db().auditEvent.findMany({
    where: { actorId: actor.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, action: true, targetType: true, targetId: true },
  });
}
