"use server";
import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { CreatePartnerTokenInput, RevokePartnerTokenInput } from "@/lib/partner-api/token-inputs";
import { createPartnerToken } from "@/lib/partner-api/create-partner-token";
import { revokePartnerToken } from "@/lib/partner-api/revoke-partner-token";

export const createPartnerTokenAction = authorizedAction("partners:manage", CreatePartnerTokenInput, async ({ user, requestId }, input) => {
  const { token, plaintext } = await createPartnerToken(user, input, requestId);
  revalidatePath(`/admin/partners/${input.partnerOrgId}/tokens`);
  // The only time the secret leaves the server.
  return { ok: true, message: m("partners.tokens.createdMessage", { name: token.name }), data: { token: plaintext } };
}, { reauth: true });

export const revokePartnerTokenAction = authorizedAction("partners:manage", RevokePartnerTokenInput, async ({ user, requestId }, input) => {
  await revokePartnerToken(user, input, requestId);
  revalidatePath(`/admin/partners/${input.partnerOrgId}/tokens`);
  return { ok: true, message: m("partners.tokens.revoked") };
});
