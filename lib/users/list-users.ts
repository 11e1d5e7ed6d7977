import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { pageWindow, toPage } from "@/lib/pagination";

export async function listUsers(actor: Actor, page: number) {
  assertCan(actor, "users:manage");
  const [items, total] = await db().$transaction([
    db().user.findMany({
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageWindow(page),
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        status: true,
        lastSignInAt: true,
        totpEnabledAt: true,
        partnerOrg: { select: { id: true, name: true } },
      },
    }),
    db().user.count(),
  ]);
  return toPage(items, total, page);
}

export async function listPendingInvitations(actor: Actor) {
  assertCan(actor, "users:manage");
  return db().accessLink.findMany({
    where: { usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, email: true, role: true, purpose: true, expiresAt: true, partnerOrg: { select: { name: true } } },
  });
}
