import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Countervoice", template: "%s · Countervoice" },
  description: "Vetted counter-narrative content from defector testimony.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on
 * its scripts only while rendering, so a page prerendered at build time would carry none
 * and its scripts would be refused.
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
