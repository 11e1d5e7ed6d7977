// Whether this deployment sends email at all: SMTP_URL and MAIL_FROM set (lib/env.ts).
import "server-only";
import { env } from "@/lib/env";
import { m } from "@/lib/i18n/translate";

export function emailEnabled(): boolean {
  const e = env();
  return Boolean(e.SMTP_URL && e.MAIL_FROM);
}

/** Appended to what an action reports when it would have emailed someone: on a server without email, what happened instead (a catalogue key). */
export function emailOffNote(instead: NotEmailed): string {
  return emailEnabled() ? "" : ` ${m("notices.emailOff.note", { instead: m(instead) })}`;
}

type NotEmailed = typeof PARTNERS_NOT_EMAILED | typeof REVIEWER_NOT_EMAILED;
export const PARTNERS_NOT_EMAILED = "notices.emailOff.partnersNotEmailed";
export const REVIEWER_NOT_EMAILED = "notices.emailOff.reviewerNotEmailed";
