"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/auth/public-action";
import { configuredPublicUrl } from "@/lib/public-url";
import { LOCALES } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/request-locale";
import { translate } from "@/lib/i18n/translate";

const SignInLanguage = z.object({ locale: z.enum(LOCALES, "common.language.invalid") });

/** Before sign-in the choice lives in a cookie; the first sign-in copies it into the profile. */
export const chooseSignInLanguageAction = publicAction(SignInLanguage, async (_ctx, { locale }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { httpOnly: true, sameSite: "lax", secure: configuredPublicUrl("/").startsWith("https:"), path: "/", maxAge: 365 * 24 * 3600 });
  return { ok: true, message: translate(locale, "common.language.saved") };
});
