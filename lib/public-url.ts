import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The configured public address (NEXTAUTH_URL, else this machine's port), never a request's
 * Host header: links sent by email are built here, so nobody can point a reset link elsewhere.
 */
export function configuredPublicUrl(path: string): string {
  const e = env();
  return new URL(path, e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).toString();
}

/** The address people reach the app at, for links shown to admins. */
export async function publicUrl(path: string): Promise<string> {
  if (env().NEXTAUTH_URL) return configuredPublicUrl(path);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${env().PORT}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}${path}`;
}
