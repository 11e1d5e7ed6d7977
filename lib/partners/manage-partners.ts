// Partner organisations: create, rename, set their default language, deactivate. Deactivating one signs its
// people out on their next request (current-user.ts checks the organisation).
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";
import type { CreatePartnerInput, RenamePartnerInput, SetPartnerActiveInput, SetPartnerLanguageInput } from "./schemas";

function nameTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function nameInUse(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.partnerOrganization.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return existing !== null;
}

const nameExists = (name: string) => new Conflict(m("partners.errors.nameExists", { name }));

export async function createPartner(actor: Actor, input: z.input<typeof CreatePartnerInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  const defaultLocale = input.defaultLocale ?? "en";
  try {
    return await db().$transaction(async (tx) => {
      if (await nameInUse(tx, input.name)) throw nameExists(input.name);
      const org = await tx.partnerOrganization.create({ data: { name: input.name, defaultLocale } });
      await recordAuditEvent(tx, { actor, action: "partner.created", target: { type: "partner", id: org.id }, requestId, details: { defaultLocale } });
      return org;
    });
  } catch (error) {
    if (nameTaken(error)) throw nameExists(input.name);
    throw error;
  }
}

export async function renamePartner(actor: Actor, input: z.infer<typeof RenamePartnerInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org) throw new NotFound(m("partners.errors.notFound"));
    if (await nameInUse(tx, input.name, org.id)) throw nameExists(input.name);
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { name: input.name } });
    await recordAuditEvent(tx, { actor, action: "partner.renamed", target: { type: "partner", id: org.id }, requestId });
  });
}

export async function setPartnerActive(actor: Actor, input: z.infer<typeof SetPartnerActiveInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org) throw new NotFound(m("partners.errors.notFound"));
    if (org.active === input.active) return;
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { active: input.active } });
    await recordAuditEvent(tx, {
      actor,
      action: input.active ? "partner.reactivated" : "partner.deactivated",
      target: { type: "partner", id: org.id },
      requestId,
    });
  });
}

/** The language the organisation's people read Countervoice in (and receive deliveries in) until they choose their own. */
export async function setPartnerLanguage(actor: Actor, input: z.infer<typeof SetPartnerLanguageInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId }, select: { id: true, defaultLocale: true } });
    if (!org) throw new NotFound(m("partners.errors.notFound"));
    if (org.defaultLocale === input.defaultLocale) return;
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { defaultLocale: input.defaultLocale } });
    await recordAuditEvent(tx, {
      actor,
      action: "partner.language-changed",
      target: { type: "partner", id: org.id },
      requestId,
      details: { from: org.defaultLocale, to: input.defaultLocale },
    });
  });
}
