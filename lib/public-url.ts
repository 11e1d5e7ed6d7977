import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The address people reach the app at, for links shown to admins. */
export async function publicUrl(path: string): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(path, configured).toString();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? `localhost:${env().PORT}`;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}${path}`;
}
