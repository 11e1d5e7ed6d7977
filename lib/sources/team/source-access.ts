// What the policy needs to decide on one source: its team, and the asking admin's emergency
// access. Read inside the caller's transaction so the check and the read see the same rows.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Actor, SourceAccess } from "@/lib/auth/policy";
import { NotAllowed } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";

export async function sourceAccess(client: Db | Tx, actor: Actor, sourceId: string): Promise<SourceAccess> {
  const [team, emergency] = await Promise.all([
    client.sourceTeamMember.findMany({ where: { sourceId }, select: { userId: true } }),
    actor.role === "ADMIN"
      ? client.emergencyAccess.findFirst({ where: { sourceId, adminId: actor.id, expiresAt: { gt: new Date() } }, orderBy: { expiresAt: "desc" }, select: { expiresAt: true } })
      : Promise.resolve(null),
  ]);
  return { teamIds: team.map((m) => m.userId), emergencyUntil: emergency?.expiresAt ?? null };
}

/** Who a refused person should ask: the handling editor by name, never anything about the source itself. `what`: a key of sources.errors.notOnTeam. */
export async function notOnTeam(client: Db | Tx, sourceId: string, what: string): Promise<NotAllowed> {
  const source = await client.source.findUnique({ where: { id: sourceId }, select: { code: true, handlingEditor: { select: { name: true } } } });
  if (!source) return new NotAllowed();
  return new NotAllowed(m(`sources.errors.notOnTeam.${what}`, { code: source.code, editor: source.handlingEditor.name }));
}
