// A person's interface language: theirs to choose, for every page and notice they get.
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { LOCALES, type AppLocale } from "@/lib/i18n/locales";
import { parseInput } from "@/lib/parse-input";
import { InvalidInput } from "@/lib/errors";
import { m } from "@/lib/i18n/translate";

/** "organisation": a partner follows their organisation's language again (the choice is cleared). */
export const ORGANISATION_LANGUAGE = "organisation";
export const InterfaceLanguageInput = z.object({ locale: z.enum([...LOCALES, ORGANISATION_LANGUAGE], "common.language.invalid") });

export async function interfaceLanguageOf(actor: Actor): Promise<{ chosen: AppLocale | null; organisation: AppLocale | null }> {
  assertCan(actor, "account:language");
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true, partnerOrg: { select: { defaultLocale: true } } } });
  return { chosen: user.locale, organisation: user.partnerOrg?.defaultLocale ?? null };
}

/** Saves the choice and returns the language the person now reads. */
export async function saveInterfaceLanguage(actor: Actor, raw: unknown, requestId: string): Promise<AppLocale> {
  assertCan(actor, "account:language");
  const { locale } = parseInput(InterfaceLanguageInput, raw);
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { partnerOrg: { select: { defaultLocale: true } } } });
    const organisation = user.partnerOrg?.defaultLocale ?? null;
    if (locale === ORGANISATION_LANGUAGE && !organisation) throw new InvalidInput(m("forms.correctHighlighted"), { locale: [m("common.language.invalid")] });
    const chosen = locale === ORGANISATION_LANGUAGE ? null : locale;
    await tx.user.update({ where: { id: actor.id }, data: { locale: chosen } });
    await recordAuditEvent(tx, { actor, action: "account.language-changed", target: { type: "user", id: actor.id }, requestId, details: { locale } });
    return chosen ?? organisation ?? "en";
  });
}
