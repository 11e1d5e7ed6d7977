// Who a delivery is for: a partner user in the portal, or a partner API token.
export type Recipient = {
  partnerOrgId: string;
  userId: string | null;
  userEmail: string | null;
  apiTokenId: string | null;
  channel: "PORTAL" | "API";
};

export function portalRecipient(user: { id: string; email: string; partnerOrgId: string | null }): Recipient | null {
  return user.partnerOrgId ? { partnerOrgId: user.partnerOrgId, userId: user.id, userEmail: user.email, apiTokenId: null, channel: "PORTAL" } : null;
}
