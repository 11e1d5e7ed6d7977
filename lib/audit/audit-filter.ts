// The audit viewer's filters (who, action, source, item, time range), shared by the page
// and the CSV export so that a download holds exactly the events on screen.
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db, Tx } from "@/lib/db/client";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);
const text = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)").refine((v) => {
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
}, "must be a real date");

export const AuditFilter = z
  .object({
    actor: text(z.string().max(320, "is too long")),
    action: text(z.string().max(80, "is too long").regex(/^[a-z.-]+$/, "may hold only lower-case letters, dots and hyphens")),
    source: text(z.string().max(20, "is too long").regex(/^S-\d{1,8}$/i, "must be a source code such as S-0002").transform((v) => v.toUpperCase())),
    item: text(z.string().max(40, "is too long").regex(/^[a-z0-9]+$/, "must be a content item's id (from its address)")),
    from: text(day),
    to: text(day),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "must not be before the start date" });
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
