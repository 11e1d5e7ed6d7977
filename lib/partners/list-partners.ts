import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

export async function listPartners(actor: Actor, page: number) {
  assertCan(actor, "partners:manage");
  const [items, total] = await db().$transaction([
    db().partnerOrganization.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      ...pageWindow(page),
      select: { id: true, name: true, active: true, defaultLocale: true, createdAt: true, _count: { select: { users: true } } },
    }),
    db().partnerOrganization.count(),
  ]);
  return toPage(items, total, page);
}

/** For the invite and role forms: active organisations only, by name. */
export async function listActivePartnerChoices(actor: Actor) {
  assertCan(actor, "users:manage");
  return db().partnerOrganization.findMany({ where: { active: true }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } });
}

export async function getPartnerOrganisation(actor: Actor) {
  if (!actor.partnerOrgId) return null;
  return db().partnerOrganization.findUnique({ where: { id: actor.partnerOrgId }, select: { id: true, name: true, active: true } });
}
