// The language a person's profile starts with at their first sign-in: the one they picked
// on the sign-in page, or else their browser's (Accept-Language).
import { isAppLocale, LOCALE_COOKIE, negotiateLocale, type AppLocale } from "./locales";

function headerValue(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

export function firstSignInLocale(headers: Record<string, unknown> | undefined): AppLocale {
  const cookie = headerValue(headers, "cookie") ?? "";
  const picked = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isAppLocale(picked) ? picked : negotiateLocale(headerValue(headers, "accept-language"));
}
