// Signs a person in the way next-auth does (authenticate, then the jwt and session
// callbacks of auth-options.ts) and returns what the session cookie would claim.
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/auth-options";
import { authenticate, type AuthenticatedUser } from "@/lib/auth/authenticate";
import type { SessionClaims } from "@/lib/auth/session-is-current";
import { randomUUID } from "node:crypto";

export async function signInClaims(email: string, password: string, code?: string, now?: Date): Promise<SessionClaims & { sid: string }> {
  const user = (await authenticate({ email, password, code }, randomUUID(), { now })) as AuthenticatedUser;
  if (!user) throw new Error("sign-in refused");
  const callbacks = authOptions().callbacks!;
  const token = (await callbacks.jwt!({ token: {}, user } as never)) as JWT;
  const session = (await callbacks.session!({ session: { user: {}, expires: "" }, token } as never)) as Session;
  return session.user as SessionClaims & { sid: string };
}
