// Partner organisations: create, rename, deactivate. Deactivating one signs its
// people out on their next request (current-user.ts checks the organisation).
import type { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import type { CreatePartnerInput, RenamePartnerInput, SetPartnerActiveInput } from "./schemas";

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

export async function createPartner(actor: Actor, input: z.infer<typeof CreatePartnerInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  try {
    return await db().$transaction(async (tx) => {
      if (await nameInUse(tx, input.name)) throw new Conflict(`An organisation called “${input.name}” already exists.`);
      const org = await tx.partnerOrganization.create({ data: { name: input.name } });
      await recordAuditEvent(tx, { actor, action: "partner.created", target: { type: "partner", id: org.id }, requestId });
      return org;
    });
  } catch (error) {
    if (nameTaken(error)) throw new Conflict(`An organisation called “${input.name}” already exists.`);
    throw error;
  }
}

export async function renamePartner(actor: Actor, input: z.infer<typeof RenamePartnerInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org) throw new NotFound("No such organisation.");
    if (await nameInUse(tx, input.name, org.id)) throw new Conflict(`An organisation called “${input.name}” already exists.`);
    await tx.partnerOrganization.update({ where: { id: org.id }, data: { name: input.name } });
    await recordAuditEvent(tx, { actor, action: "partner.renamed", target: { type: "partner", id: org.id }, requestId });
  });
}

export async function setPartnerActive(actor: Actor, input: z.infer<typeof SetPartnerActiveInput>, requestId: string) {
  assertCan(actor, "partners:manage");
  await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrgId } });
    if (!org) throw new NotFound("No such organisation.");
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
