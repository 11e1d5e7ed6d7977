// Links inside emails: always the configured public address, never a request's Host header
// (a job has no request, and a forged Host must not reach anyone's inbox).
import "server-only";
import { env } from "@/lib/env";

export function noticeLink(path: string): string {
  const e = env();
  return new URL(path, e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).toString();
}
