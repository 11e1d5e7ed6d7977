// Fixtures made per test, never a shared mutable seed.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";

let counter = 0;

export async function createPartnerOrg(name = `Partner ${++counter}`) {
  return db().partnerOrganization.create({ data: { name } });
}

export async function createUser(role: Role, overrides: { password?: string; partnerOrgId?: string; email?: string; status?: "ACTIVE" | "DISABLED" } = {}): Promise<Actor> {
  const partnerOrgId = role === "PARTNER" ? (overrides.partnerOrgId ?? (await createPartnerOrg()).id) : null;
  const user = await db().user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${++counter}-${randomUUID().slice(0, 6)}@test.example`,
      name: `${role} ${counter}`,
      role,
      status: overrides.status ?? "ACTIVE",
      partnerOrgId,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, partnerOrgId: user.partnerOrgId };
}

export const rid = () => randomUUID();
