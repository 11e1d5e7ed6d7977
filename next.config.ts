import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403.
  // bodySizeLimit is one number for every server action (Next.js has no per-action limit), so
  // it is what the largest form needs: a testimony with its media, at most 24 MB of files
  // (lib/testimony/upload-limits.ts, checked in the form before sending) plus the form's
  // fields and multipart framing. Every action's zod schema then bounds each field it accepts.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "25mb" } },
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "compromise", "pdfkit", "fontkit"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
