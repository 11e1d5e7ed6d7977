// Seeds the embedded demo on an empty database: one account per role (two admins, so one can
// confirm the other's staff invitations; a second editor on no source's team), a partner
// organisation, invented sources and testimony, content in every state and a campaign
// holding it, a source whose disclosure budget an item in review would cross, and one whose
// approved testimony no item quotes yet (to paste from).
// Nothing here is a real person.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_PARTNER_ORG, DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoSources } from "./seed-demo-sources";
import { ensureDefaultThemes } from "@/lib/content/default-themes";
import { seedDemoCampaign } from "./seed-demo-campaign";
import { seedDemoPartnerToken } from "./seed-demo-partner-token";
import { seedDemoContent } from "./seed-demo-content";
import { seedDemoDisclosure } from "./seed-demo-disclosure";
import { seedDemoPasted } from "./seed-demo-pasted";

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await db().user.count()) === 0;
}

export async function seedDemo(): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db().$transaction(async (tx) => {
    // Arabic, as many of the organisations this is for: its portal and kit README come in Arabic.
    const org = await tx.partnerOrganization.create({ data: { name: DEMO_PARTNER_ORG, defaultLocale: "ar" } });
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.create({
        data: { ...account, passwordHash, partnerOrgId: account.role === "PARTNER" ? org.id : null },
      });
      await tx.roleChange.create({ data: { userId: user.id, fromRole: null, toRole: user.role } });
    }
  });
  await ensureDefaultThemes(db());
  await seedDemoPartnerToken();
  const editor = await db().user.findUniqueOrThrow({ where: { email: "editor@demo.test" } });
  const editorActor = { id: editor.id, email: editor.email, name: editor.name, role: editor.role, partnerOrgId: null };
  await seedDemoSources(editorActor, randomUUID());
  await seedDemoContent(editorActor, randomUUID());
  await seedDemoCampaign(editorActor, randomUUID());
  await seedDemoDisclosure(editorActor, randomUUID());
  await seedDemoPasted(editorActor, randomUUID());
}
