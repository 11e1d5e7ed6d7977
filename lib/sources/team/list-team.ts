// A source's team as its page shows it, and the people who could be added to it.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Actor, type SourceAccess } from "@/lib/auth/policy";
import { sourceAccess } from "./source-access";

export type TeamView = {
  members: { id: string; name: string; role: string; handling: boolean }[];
  /** What the asking person may do here, answered by the policy. */
  onTeam: boolean;
  mayReveal: boolean;
  /** The source's access rule as the policy reads it, for the page's other questions. */
  access: SourceAccess;
  emergencyUntil: Date | null;
  mayManage: boolean;
  candidates: { id: string; name: string; role: string }[];
};

export async function listSourceTeam(actor: Actor, sourceId: string): Promise<TeamView | null> {
  assertCan(actor, "sources:view");
  const source = await db().source.findUnique({ where: { id: sourceId }, select: { handlingEditorId: true } });
  if (!source) return null;
  const [rows, access] = await Promise.all([
    db().sourceTeamMember.findMany({ where: { sourceId }, orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, role: true } } } }),
    sourceAccess(db(), actor, sourceId),
  ]);
  const mayManage = can(actor, "sources:manage-team", { handlingEditorId: source.handlingEditorId });
  const memberIds = new Set(rows.map((r) => r.user.id));
  const candidates = mayManage
    ? await db().user.findMany({
        where: { status: "ACTIVE", role: { in: ["EDITOR", "REVIEWER"] }, id: { notIn: [...memberIds] } },
        orderBy: { name: "asc" },
        take: 200,
        select: { id: true, name: true, role: true },
      })
    : [];
  return {
    members: rows.map((r) => ({ ...r.user, handling: r.user.id === source.handlingEditorId })),
    onTeam: access.teamIds.includes(actor.id),
    mayReveal: can(actor, "sources:reveal", access),
    access,
    emergencyUntil: access.emergencyUntil,
    mayManage,
    candidates,
  };
}
