// The language a request is answered in. A person's own choice first; a partner who chose
// none reads their organisation's language; before sign-in, the language picked on the
// sign-in page (a cookie) or else the browser's. The pseudo-locale only where it is on.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { getCurrentSession } from "@/lib/auth/current-user";
import { isAppLocale, LOCALE_COOKIE, negotiateLocale, PSEUDO_LOCALE, type RenderLocale } from "./locales";

export { LOCALE_COOKIE };

export function pseudoLocaleEnabled(): boolean {
  const setting = env().PSEUDO_LOCALE;
  return setting === "1" || (setting === undefined && env().NODE_ENV === "development");
}

/**
 * Outside a request (a script, a test calling an action directly) there is no browser to ask.
 * Only that error is answered with "nothing"; anything else, such as Next's signal that a page
 * renders per request, goes on to where it is meant.
 */
async function fromRequest<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && /was called outside a request scope/.test(error.message)) return undefined;
    throw error;
  }
}

export const requestRenderLocale = cache(async (): Promise<RenderLocale> => {
  const chosenBeforeSignIn = await fromRequest(async () => (await cookies()).get(LOCALE_COOKIE)?.value);
  if (chosenBeforeSignIn === PSEUDO_LOCALE && pseudoLocaleEnabled()) return PSEUDO_LOCALE;
  const actor = (await getCurrentSession())?.actor;
  if (actor?.locale) return actor.locale;
  if (actor?.organisationLocale) return actor.organisationLocale;
  if (isAppLocale(chosenBeforeSignIn)) return chosenBeforeSignIn;
  return negotiateLocale(await fromRequest(async () => (await headers()).get("accept-language")));
});
