// What a team sees on its dashboard: every emergency access an admin opened to one of its
// sources in the last week, with who, when and why.
import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";

const SHOWN_FOR_MS = 7 * 24 * 60 * 60 * 1000;

export type EmergencyNotice = { id: string; adminName: string; sourceCode: string; openedAt: Date; expiresAt: Date; reason: string };

export async function listEmergencyNotices(actor: Actor): Promise<EmergencyNotice[]> {
  if (actor.role !== "EDITOR" && actor.role !== "REVIEWER") return [];
  const rows = await db().emergencyAccess.findMany({
    where: { openedAt: { gt: new Date(Date.now() - SHOWN_FOR_MS) }, source: { team: { some: { userId: actor.id } } } },
    orderBy: { openedAt: "desc" },
    take: 20,
    select: { id: true, adminId: true, openedAt: true, expiresAt: true, reason: true, source: { select: { code: true } } },
  });
  const admins = new Map((await db().user.findMany({ where: { id: { in: rows.map((r) => r.adminId) } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({ id: r.id, adminName: admins.get(r.adminId) ?? "An admin", sourceCode: r.source.code, openedAt: r.openedAt, expiresAt: r.expiresAt, reason: r.reason }));
}
