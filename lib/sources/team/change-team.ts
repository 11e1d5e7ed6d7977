// Adding and removing people on a source's team: the handling editor or an admin, audited.
// The handling editor stays on the team while they handle the source.
import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { noSuchSource } from "../source-records";
import { TeamMemberInput } from "./schemas";
import { m } from "@/lib/i18n/translate";


async function loadSource(tx: Tx, actor: Actor, sourceId: string) {
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true, handlingEditorId: true } });
  if (!source) throw new NotFound(noSuchSource());
  assertCan(actor, "sources:manage-team", { handlingEditorId: source.handlingEditorId }, m("sources.errors.notHandling"));
  return source;
}

export async function addTeamMember(actor: Actor, raw: TeamMemberInput, requestId: string): Promise<void> {
  assertCan(actor, "sources:manage-team");
  const input = parseInput(TeamMemberInput, raw);
  await db().$transaction(async (tx) => {
    const source = await loadSource(tx, actor, input.sourceId);
    const person = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, status: true } });
    if (!person || person.status !== "ACTIVE" || !["EDITOR", "REVIEWER"].includes(person.role)) {
      throw new InvalidInput(m("sources.errors.chooseTeamMember"), { userId: [m("sources.errors.chooseTeamMember")] });
    }
    const created = await tx.sourceTeamMember.createMany({ data: [{ sourceId: source.id, userId: input.userId, addedById: actor.id }], skipDuplicates: true });
    if (created.count === 0) return;
    await recordAuditEvent(tx, { actor, action: "source.team-member-added", target: { type: "source", id: source.id }, requestId, details: { userId: input.userId } });
  });
}

export async function removeTeamMember(actor: Actor, raw: TeamMemberInput, requestId: string): Promise<void> {
  assertCan(actor, "sources:manage-team");
  const input = parseInput(TeamMemberInput, raw);
  await db().$transaction(async (tx) => {
    const source = await loadSource(tx, actor, input.sourceId);
    if (input.userId === source.handlingEditorId) throw new InvalidInput(m("sources.errors.handlingEditorStays"));
    const removed = await tx.sourceTeamMember.deleteMany({ where: { sourceId: source.id, userId: input.userId } });
    if (removed.count === 0) return;
    await recordAuditEvent(tx, { actor, action: "source.team-member-removed", target: { type: "source", id: source.id }, requestId, details: { userId: input.userId } });
  });
}

/** Inside create/update: whoever handles a source is on its team. */
export async function ensureOnTeam(tx: Tx, sourceId: string, userIds: string[], addedById: string): Promise<number> {
  const created = await tx.sourceTeamMember.createMany({ data: [...new Set(userIds)].map((userId) => ({ sourceId, userId, addedById })), skipDuplicates: true });
  return created.count;
}
