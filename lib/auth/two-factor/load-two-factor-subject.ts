// The facts two-factor-policy.ts decides on, read for one user.
import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { databaseMode } from "@/lib/env";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import type { Role } from "@/lib/db/generated/enums";
import { exemptAsEmbeddedDemo, twoFactorRequired } from "./two-factor-policy";

const DEMO_EMAILS = DEMO_ACCOUNTS.map((account) => account.email);

export async function twoFactorRequiredFor(user: { id: string; email: string; role: Role }, client: Db | Tx = db()): Promise<boolean> {
  if (exemptAsEmbeddedDemo(user.email, databaseMode(), DEMO_EMAILS)) return false;
  // Handling editor or team member: either can reveal the identifiers of a high-risk source.
  const highRisk = { riskLevel: { in: ["HIGH" as const, "CRITICAL" as const] }, erasedAt: null };
  const handlesHighRiskSource =
    user.role === "EDITOR" &&
    (await client.source.count({ where: { ...highRisk, OR: [{ handlingEditorId: user.id }, { team: { some: { userId: user.id } } }] } })) > 0;
  return twoFactorRequired({ role: user.role, handlesHighRiskSource });
}

export function isExemptDemoAccount(email: string): boolean {
  return exemptAsEmbeddedDemo(email, databaseMode(), DEMO_EMAILS);
}
