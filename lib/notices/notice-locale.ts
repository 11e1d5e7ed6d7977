// The language a notice is written in: the person's own choice, else their partner
// organisation's language, else English. An address with no account (an organisation's
// contact address, an invitation) reads the organisation's language.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { DEFAULT_LOCALE, type AppLocale } from "@/lib/i18n/locales";

export type LocaleSource = { locale: AppLocale | null; partnerOrg?: { defaultLocale: AppLocale } | null };

/** The Prisma select that `noticeLocaleOf` reads from a user row. */
export const NOTICE_LOCALE_SELECT = { locale: true, partnerOrg: { select: { defaultLocale: true } } } as const;

export function noticeLocaleOf(user: LocaleSource | null | undefined): AppLocale {
  return user?.locale ?? user?.partnerOrg?.defaultLocale ?? DEFAULT_LOCALE;
}

export async function userNoticeLocale(client: Db | Tx, userId: string): Promise<AppLocale> {
  return noticeLocaleOf(await client.user.findUnique({ where: { id: userId }, select: NOTICE_LOCALE_SELECT }));
}

export async function organisationNoticeLocale(client: Db | Tx, partnerOrgId: string | null | undefined): Promise<AppLocale> {
  if (!partnerOrgId) return DEFAULT_LOCALE;
  const org = await client.partnerOrganization.findUnique({ where: { id: partnerOrgId }, select: { defaultLocale: true } });
  return org?.defaultLocale ?? DEFAULT_LOCALE;
}
