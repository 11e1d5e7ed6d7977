// What admins send to create and revoke partner API tokens.
import { z } from "zod";

export const CreatePartnerTokenInput = z.object({
  partnerOrgId: z.string().min(1).max(100),
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
});

export const RevokePartnerTokenInput = z.object({ partnerOrgId: z.string().min(1).max(100), tokenId: z.string().min(1).max(100) });

export type CreatePartnerTokenInput = z.infer<typeof CreatePartnerTokenInput>;
export type RevokePartnerTokenInput = z.infer<typeof RevokePartnerTokenInput>;
