// An admin issues an API token to a partner organisation. The plaintext is returned
// once, here, and never again: only its hash and a short prefix are stored.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { CreatePartnerTokenInput } from "./token-inputs";
import { hashToken, newTokenPlaintext, tokenPrefix } from "./token-secret";
import { m } from "@/lib/i18n/translate";

export async function createPartnerToken(admin: Actor, input: CreatePartnerTokenInput, requestId: string) {
  assertCan(admin, "partners:manage");
  const { partnerOrgId, name } = parseInput(CreatePartnerTokenInput, input);
  const plaintext = newTokenPlaintext();
  const token = await db().$transaction(async (tx) => {
    const org = await tx.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { id: true, active: true } });
    if (!org) throw new NotFound(m("partners.errors.noSuchOrganisation"));
    if (!org.active) throw new Conflict(m("partners.errors.deactivatedNoTokens"));
    const created = await tx.partnerApiToken.create({
      data: { partnerOrgId, name, tokenHash: hashToken(plaintext), prefix: tokenPrefix(plaintext), createdById: admin.id },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAuditEvent(tx, { actor: admin, action: "partner-token.created", target: { type: "partner-token", id: created.id }, requestId, details: { partnerOrgId, prefix: created.prefix } });
    return created;
  });
  return { token, plaintext };
}
