// An admin revokes a partner's API token: it stops working on the next request.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { RevokePartnerTokenInput } from "./token-inputs";
import { m } from "@/lib/i18n/translate";

export async function revokePartnerToken(admin: Actor, input: RevokePartnerTokenInput, requestId: string): Promise<void> {
  assertCan(admin, "partners:manage");
  const { partnerOrgId, tokenId } = parseInput(RevokePartnerTokenInput, input);
  await db().$transaction(async (tx) => {
    // Scoped to the organisation in the URL, so a token id from another organisation is simply not found.
    const token = await tx.partnerApiToken.findFirst({ where: { id: tokenId, partnerOrgId }, select: { id: true, prefix: true, revokedAt: true } });
    if (!token) throw new NotFound(m("partners.errors.noSuchToken"));
    if (token.revokedAt) return;
    await tx.partnerApiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { actor: admin, action: "partner-token.revoked", target: { type: "partner-token", id: token.id }, requestId, details: { partnerOrgId, prefix: token.prefix } });
  });
}
