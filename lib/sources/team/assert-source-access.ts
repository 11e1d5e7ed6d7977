// Asks the policy about one source (or one testimony of it) before a use case opens its
// transaction, and records a refusal. Called outside transactions: the embedded database
// has one connection, and a refusal must be recorded even though the use case stops.
import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { noSuchSource } from "../source-records";
import { notOnTeam, sourceAccess } from "./source-access";
import { m } from "@/lib/i18n/translate";

type TeamPermission = "sources:reveal" | "sources:edit" | "testimony:edit" | "redaction:edit" | "redaction:submit";

// What the refused person tried, as a key of sources.errors.notOnTeam.
const WHAT: Record<TeamPermission | "testimony:view-raw", string> = {
  "sources:reveal": "reveal",
  "sources:edit": "edit",
  "testimony:edit": "addTestimony",
  "redaction:edit": "redact",
  "redaction:submit": "submit",
  "testimony:view-raw": "viewRaw",
};

async function refuse(actor: Actor, permission: keyof typeof WHAT, sourceId: string, requestId: string): Promise<never> {
  await recordAuditEvent(db(), { actor, action: "source.access-refused", target: { type: "source", id: sourceId }, requestId, details: { permission } });
  throw await notOnTeam(db(), sourceId, WHAT[permission]);
}

export async function assertSourceAccess(actor: Actor, permission: TeamPermission, sourceId: string, requestId: string): Promise<void> {
  if (!(await db().source.count({ where: { id: sourceId } }))) throw new NotFound(noSuchSource());
  if (!can(actor, permission, await sourceAccess(db(), actor, sourceId))) await refuse(actor, permission, sourceId, requestId);
}

/** Reviewers assigned to a testimony's redaction (any time): they may read what they judge. */
async function assigneesOfTestimony(testimonyId: string): Promise<string[]> {
  const redaction = await db().redaction.findUnique({ where: { testimonyId }, select: { id: true } });
  if (!redaction) return [];
  return (await db().reviewAssignment.findMany({ where: { redactionId: redaction.id }, select: { reviewerId: true } })).map((r) => r.reviewerId);
}

/** The raw transcript and media of one testimony; returns its source's id. */
export async function assertRawTestimonyAccess(actor: Actor, testimonyId: string, requestId: string, notFoundMessage?: string): Promise<string> {
  const testimony = await db().testimony.findUnique({ where: { id: testimonyId }, select: { sourceId: true } });
  if (!testimony) throw new NotFound(notFoundMessage ?? m("testimony.errors.noSuchTestimony"));
  const access = { ...(await sourceAccess(db(), actor, testimony.sourceId)), assigneeIds: await assigneesOfTestimony(testimonyId) };
  if (!can(actor, "testimony:view-raw", access)) await refuse(actor, "testimony:view-raw", testimony.sourceId, requestId);
  return testimony.sourceId;
}

/** Redacting and submitting a testimony: the team of its source. */
export async function assertTestimonyTeamAccess(actor: Actor, permission: "redaction:edit" | "redaction:submit", testimonyId: string, requestId: string): Promise<string> {
  const testimony = await db().testimony.findUnique({ where: { id: testimonyId }, select: { sourceId: true } });
  if (!testimony) throw new NotFound(m("testimony.errors.noSuchTestimony"));
  await assertSourceAccess(actor, permission, testimony.sourceId, requestId);
  return testimony.sourceId;
}
