// Signs a bench account in the way the sign-in form does (next-auth's credentials flow: a CSRF
// token and its cookie, then the posted form) and keeps the session's cookies for autocannon.
// The cookies and the password are never printed; an error names the account only.
import { timeStepAt, totpCodeAt } from "@/lib/auth/two-factor/totp";

/** Cookies by name, as a browser would keep them for this origin. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  absorb(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(fragment: string): boolean {
    return [...this.cookies.keys()].some((name) => name.includes(fragment));
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** `totpSecret`: the account's second factor, when it has one (a code is made for this moment). */
export async function signIn(origin: string, email: string, password: string, totpSecret?: string): Promise<string> {
  const jar = new CookieJar();
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  jar.absorb(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error(`signing in as ${email}: the server gave no CSRF token (HTTP ${csrf.status})`);
  const code = totpSecret ? totpCodeAt(totpSecret, timeStepAt(new Date())) : "";
  const form = new URLSearchParams({ csrfToken, email, password, code, callbackUrl: `${origin}/`, json: "true" });
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { Cookie: jar.header(), Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
  });
  jar.absorb(response);
  if (!jar.has("session-token")) {
    throw new Error(`signing in as ${email} failed (HTTP ${response.status}): check the account, its password (BENCH_PASSWORD or --password) and, if it has a second factor, BENCH_TOTP_SECRET`);
  }
  return jar.header();
}
