// The audit viewer's filters (who, action, source, item, time range), shared by the page
// and the CSV export so that a download holds exactly the events on screen. Messages are
// catalogue keys (messages/*/audit.json), translated by parseActionInput.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);
const text = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "audit.filter.errors.notADate").refine((v) => {
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}, "audit.filter.errors.notARealDate");

export const AuditFilter = z
  .object({
    actor: text(z.string().max(320, "audit.filter.errors.tooLong")),
    action: text(z.string().max(80, "audit.filter.errors.tooLong").regex(/^[a-z.-]+$/, "audit.filter.errors.actionCharacters")),
    source: text(z.string().max(20, "audit.filter.errors.tooLong").regex(/^S-\d{1,8}$/i, "audit.filter.errors.sourceCode").transform((v) => v.toUpperCase())),
    item: text(z.string().max(40, "audit.filter.errors.tooLong").regex(/^[a-z0-9]+$/, "audit.filter.errors.itemId")),
    from: text(day),
    to: text(day),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "audit.filter.errors.toBeforeFrom" });
export type AuditFilter = z.infer<typeof AuditFilter>;

/** The fields of a filter by name, for the export's audit event. */
export function filterParams(filter: AuditFilter): Record<string, string | undefined> {
  return { actor: filter.actor, action: filter.action, source: filter.source, item: filter.item, from: filter.from, to: filter.to };
}

export function hasFilter(filter: AuditFilter): boolean {
  return Object.values(filterParams(filter)).some(Boolean);
}

/** The where clause of a filter. A source code that names no source matches nothing. */
export async function auditWhere(client: Db | Tx, filter: AuditFilter): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.actor) and.push({ actorEmail: { contains: filter.actor.toLowerCase() } });
  if (filter.action) and.push({ action: { startsWith: filter.action } });
  if (filter.source) {
    const source = await client.source.findUnique({ where: { code: filter.source }, select: { id: true } });
    const id = source?.id ?? "(no such source)";
    and.push({ OR: [{ targetType: "source", targetId: id }, { details: { path: ["sourceId"], equals: id } }] });
  }
  if (filter.item) {
    and.push({ OR: [{ targetType: "content", targetId: filter.item }, { details: { path: ["itemId"], equals: filter.item } }] });
  }
  if (filter.from) and.push({ at: { gte: new Date(`${filter.from}T00:00:00.000Z`) } });
  if (filter.to) and.push({ at: { lt: new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 24 * 60 * 60 * 1000) } });
  return and.length > 0 ? { AND: and } : {};
}
