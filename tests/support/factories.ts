// Fixtures made per test, never a shared mutable seed.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";
import { hashPassword } from "@/lib/auth/password";
import { createSource as createSourceCommand } from "@/lib/sources/create-source";
import { createTestimony as createTestimonyCommand } from "@/lib/testimony/create-testimony";

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

/** A source created through the domain (so it has a data key); by a new editor unless one is given. */
export async function createSource(overrides: { editor?: Actor; realName?: string; pseudonym?: string; riskLevel?: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL" } = {}) {
  const editor = overrides.editor ?? (await createUser("EDITOR"));
  const source = await createSourceCommand(editor, { riskLevel: overrides.riskLevel ?? "HIGH", realName: overrides.realName ?? null, pseudonym: overrides.pseudonym ?? null }, rid());
  return { ...source, editor };
}

/** A pasted testimony of a source, created through the domain. */
export async function createTestimony(editor: Actor, sourceId: string, transcript: string, language: "en" | "ar" = "en") {
  return createTestimonyCommand(editor, { sourceId, language, transcript, media: [] }, rid());
}
