// The invented staff and partner organisations the large dataset is written by and for.
// Idempotent: found by their @seed.test addresses and names, created when missing.
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { ensureDefaultThemes } from "@/lib/content/default-themes";
import { DEMO_PASSWORD } from "../demo-accounts";

export const SEED_EMAIL_DOMAIN = "seed.test";
export const SEED_PARTNER_PREFIX = "Seed Partner";
const EDITORS = 12;
const REVIEWERS = 6;
const PARTNER_ORGS = 20;

export type SeedPeople = {
  admin: string;
  editors: string[];
  reviewers: string[];
  /** Each organisation with its one portal user. */
  partners: { orgId: string; userId: string }[];
  themeIds: string[];
};

type Account = { email: string; name: string; role: Role; partnerOrgId?: string };

async function ensureUser(account: Account, passwordHash: string): Promise<string> {
  const existing = await db().user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (existing) return existing.id;
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { ...account, passwordHash }, select: { id: true } });
    await tx.roleChange.create({ data: { userId: user.id, fromRole: null, toRole: account.role } });
    return user.id;
  });
}

/** Every seed account signs in with the demo password: the dataset is for measuring, not for real use. */
export async function ensureSeedPeople(): Promise<SeedPeople> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const admin = await ensureUser({ email: `admin@${SEED_EMAIL_DOMAIN}`, name: "Seed Admin", role: "ADMIN" }, passwordHash);
  const editors: string[] = [];
  for (const n of range(EDITORS)) editors.push(await ensureUser({ email: `editor${n}@${SEED_EMAIL_DOMAIN}`, name: `Seed Editor ${n}`, role: "EDITOR" }, passwordHash));
  const reviewers: string[] = [];
  for (const n of range(REVIEWERS)) reviewers.push(await ensureUser({ email: `reviewer${n}@${SEED_EMAIL_DOMAIN}`, name: `Seed Reviewer ${n}`, role: "REVIEWER" }, passwordHash));
  const partners: SeedPeople["partners"] = [];
  for (const n of range(PARTNER_ORGS)) {
    const name = `${SEED_PARTNER_PREFIX} ${String(n).padStart(2, "0")}`;
    const org = await db().partnerOrganization.upsert({ where: { name }, create: { name }, update: {}, select: { id: true } });
    const userId = await ensureUser({ email: `partner${n}@${SEED_EMAIL_DOMAIN}`, name: `Seed Partner User ${n}`, role: "PARTNER", partnerOrgId: org.id }, passwordHash);
    partners.push({ orgId: org.id, userId });
  }
  await ensureDefaultThemes(db());
  const themeIds = (await db().theme.findMany({ where: { archived: false }, select: { id: true }, orderBy: { name: "asc" } })).map((t) => t.id);
  return { admin, editors, reviewers, partners, themeIds };
}
