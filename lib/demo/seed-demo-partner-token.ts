// The embedded demo's partner API token, so the API can be tried at once:
//   curl -H "Authorization: Bearer cvp_demo_partner_token" http://localhost:3000/api/v1/assets
// Its plaintext is public (it is in this file), so it must never exist outside the demo:
// only the embedded demo's seed calls this, and it refuses PostgreSQL outside the test suite.
import { db } from "@/lib/db/client";
import { databaseMode, env } from "@/lib/env";
import { hashToken, tokenPrefix } from "@/lib/partner-api/token-secret";
import { DEMO_PARTNER_ORG, DEMO_PARTNER_TOKEN } from "./demo-accounts";

export { DEMO_PARTNER_TOKEN } from "./demo-accounts";

export async function seedDemoPartnerToken(): Promise<void> {
  if (databaseMode() === "postgresql" && env().NODE_ENV !== "test") throw new Error("The demo partner token exists only in the embedded demo.");
  const org = await db().partnerOrganization.findUniqueOrThrow({ where: { name: DEMO_PARTNER_ORG }, select: { id: true } });
  const admin = await db().user.findFirst({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const tokenHash = hashToken(DEMO_PARTNER_TOKEN);
  await db().partnerApiToken.upsert({
    where: { tokenHash },
    create: { partnerOrgId: org.id, name: "Demo token", tokenHash, prefix: tokenPrefix(DEMO_PARTNER_TOKEN), createdById: admin?.id ?? null },
    update: {},
  });
}
