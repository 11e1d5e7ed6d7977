// Who hears of an organisation's take-downs: its contact addresses and each of its active
// users, once per address. Take-down notices cannot be switched off.
import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { noticeLink } from "@/lib/notices/notice-link";
import type { TakedownLinks } from "@/lib/notices/templates/takedown";
import type { AppLocale } from "@/lib/i18n/locales";
import { noticeLocaleOf } from "@/lib/notices/notice-locale";

/** `locale`: the user's language, else the organisation's (contact addresses read the organisation's). */
export type TakedownRecipient = { to: string; userId?: string; locale: AppLocale };

export async function takedownRecipients(client: Db | Tx, partnerOrgId: string): Promise<{ organisation: string; recipients: TakedownRecipient[] }> {
  const org = await client.partnerOrganization.findUniqueOrThrow({
    where: { id: partnerOrgId },
    select: { name: true, contactEmails: true, defaultLocale: true, users: { where: { role: "PARTNER", status: "ACTIVE" }, orderBy: { email: "asc" }, select: { id: true, email: true, locale: true } } },
  });
  const byAddress = new Map<string, TakedownRecipient>();
  for (const user of org.users) byAddress.set(user.email.toLowerCase(), { to: user.email, userId: user.id, locale: noticeLocaleOf({ locale: user.locale, partnerOrg: org }) });
  for (const address of org.contactEmails) if (!byAddress.has(address.toLowerCase())) byAddress.set(address.toLowerCase(), { to: address, locale: org.defaultLocale });
  return { organisation: org.name, recipients: [...byAddress.values()] };
}

export function takedownLinks(): TakedownLinks {
  return { portalUrl: noticeLink("/portal"), ackUrl: (id) => noticeLink(`/api/v1/takedowns/${encodeURIComponent(id)}/ack`) };
}
