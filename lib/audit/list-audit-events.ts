import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

export const AuditFilter = z.object({
  action: z.string().max(80).regex(/^[a-z.-]*$/).optional().catch(undefined),
  actor: z.string().max(320).optional().catch(undefined),
});

export async function listAuditEvents(actor: Actor, page: number, filter: z.infer<typeof AuditFilter>) {
  assertCan(actor, "audit:view");
  const where = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
  };
  const [items, total] = await db().$transaction([
    db().auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...pageWindow(page, 50) }),
    db().auditEvent.count({ where }),
  ]);
  return toPage(items, total, page, 50);
}
