// The editable theme taxonomy: add, rename, archive. Archived themes stay on the
// items that carry them but are no longer offered for new ones.
import { m } from "@/lib/i18n/translate";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { ArchiveThemeInput, CreateThemeInput, RenameThemeInput } from "./schemas";

const taken = (name: string) => new Conflict(m("themes.errors.taken", { name }));

function uniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function nameInUse(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.theme.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return existing !== null;
}

export async function createTheme(actor: Actor, raw: CreateThemeInput, requestId: string) {
  assertCan(actor, "themes:manage");
  const input = parseInput(CreateThemeInput, raw);
  try {
    return await db().$transaction(async (tx) => {
      if (await nameInUse(tx, input.name)) throw taken(input.name);
      const theme = await tx.theme.create({ data: { name: input.name } });
      await recordAuditEvent(tx, { actor, action: "theme.created", target: { type: "theme", id: theme.id }, requestId });
      return theme;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

export async function renameTheme(actor: Actor, raw: RenameThemeInput, requestId: string) {
  assertCan(actor, "themes:manage");
  const input = parseInput(RenameThemeInput, raw);
  try {
    await db().$transaction(async (tx) => {
      const theme = await tx.theme.findUnique({ where: { id: input.themeId }, select: { id: true } });
      if (!theme) throw new NotFound(m("themes.errors.noSuchTheme"));
      if (await nameInUse(tx, input.name, theme.id)) throw taken(input.name);
      await tx.theme.update({ where: { id: theme.id }, data: { name: input.name } });
      await recordAuditEvent(tx, { actor, action: "theme.renamed", target: { type: "theme", id: theme.id }, requestId });
    });
  } catch (error) {
    if (uniqueViolation(error)) throw taken(input.name);
    throw error;
  }
}

export async function archiveTheme(actor: Actor, raw: ArchiveThemeInput, requestId: string) {
  assertCan(actor, "themes:manage");
  const input = parseInput(ArchiveThemeInput, raw);
  await db().$transaction(async (tx) => {
    const theme = await tx.theme.findUnique({ where: { id: input.themeId }, select: { id: true, archived: true } });
    if (!theme) throw new NotFound(m("themes.errors.noSuchTheme"));
    if (theme.archived) return;
    await tx.theme.update({ where: { id: theme.id }, data: { archived: true } });
    await recordAuditEvent(tx, { actor, action: "theme.archived", target: { type: "theme", id: theme.id }, requestId });
  });
}
