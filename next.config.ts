import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS } from "./lib/http/security-headers";

// The interface languages: next-intl reads each request's language and catalogue there.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  // bodySizeLimit is one number for every server action (Next.js has no per-action limit), so
  // it is what the largest form needs: a testimony with its media, at most 24 MB of files
  // (lib/testimony/upload-limits.ts, checked in the form before sending) plus the form's
  // fields and multipart framing. Every action's zod schema then bounds each field it accepts.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" } },
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "compromise", "pdfkit", "fontkit"],
  // The per-request headers (Content-Security-Policy with its nonce, HSTS) are set by proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
