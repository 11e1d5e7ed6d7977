// An organisation's API tokens as admins see them: names and prefixes, never hashes.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

/** null when there is no such organisation. */
export async function listPartnerTokens(admin: Actor, partnerOrgId: string, page: number) {
  assertCan(admin, "partners:manage");
  const organisation = await db().partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { id: true, name: true, active: true } });
  if (!organisation) return null;
  const where = { partnerOrgId };
  const [tokens, total] = await db().$transaction([
    db().partnerApiToken.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page),
      select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    }),
    db().partnerApiToken.count({ where }),
  ]);
  return { organisation, tokens: toPage(tokens, total, page) };
}
