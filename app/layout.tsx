import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { clientCatalogue } from "@/lib/i18n/catalogue";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { directionOf, type RenderLocale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: "Countervoice", template: "%s · Countervoice" },
    description: t("appDescription"),
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on
 * its scripts only while rendering, so a page prerendered at build time would carry none
 * and its scripts would be refused. The language is the request's too (lib/i18n).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const locale = (await getLocale()) as RenderLocale;
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientCatalogue(locale, CLIENT_NAMESPACES)} timeZone="UTC">
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
