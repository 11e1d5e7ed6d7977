import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";
import { auditWhere, type AuditFilter } from "./audit-filter";

export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit trail, newest first, for the admin audit viewer. */
export async function listAuditEvents(actor: Actor, page: number, filter: AuditFilter) {
  assertCan(actor, "audit:view");
  const where = await auditWhere(db(), filter);
  const [items, total] = await db().$transaction([
    db().auditEvent.findMany({ where, orderBy: { sequence: "desc" }, ...pageWindow(page, AUDIT_PAGE_SIZE) }),
    db().auditEvent.count({ where }),
  ]);
  return toPage(items, total, page, AUDIT_PAGE_SIZE);
}
