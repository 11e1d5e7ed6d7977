import "server-only";
import { firstSignInLocale } from "@/lib/i18n/first-sign-in-locale";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientAddressFrom } from "./client-address";
import { cameFromLoopback } from "./loopback";
import { db } from "@/lib/db/client";
import { STAFF_SESSION_HOURS } from "./session-lifetimes";
import { endUserSession } from "./user-sessions";

// The cookie lives as long as the longest session may (staff, 12 hours); the
// session's row (session-lifetimes.ts) ends it sooner: idle, partner, sign-out.
export const SESSION_MAX_AGE_SECONDS = STAFF_SESSION_HOURS * 60 * 60;

let options: NextAuthOptions | undefined;

/** Built on first use so that `next build` needs no secrets. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: env().NEXTAUTH_SECRET,
    // The credentials provider requires JWT sessions; current-user.ts re-reads the
    // user on every request and compares the token's session version with the row,
    // so disabling or re-roling someone ends their sessions at once, for good.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication or recovery code", type: "text" },
        },
        async authorize(credentials, req) {
          // The server makes every request id; a client's x-request-id is never used.
          return authenticate(credentials, randomUUID(), { clientAddress: clientAddressFrom(req?.headers), fromLoopback: cameFromLoopback(req?.headers), browserLocale: firstSignInLocale(req?.headers) });
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        const id = typeof token?.uid === "string" ? token.uid : null;
        const sid = typeof token?.sid === "string" ? token.sid : null;
        if (!id || !sid) return;
        // The cookie is only cleared in this browser; ending the row ends the session for good.
        const session = await db().userSession.findUnique({ where: { id: sid }, select: { userId: true, user: { select: { id: true, email: true } } } });
        if (session?.userId === id) await endUserSession(sid, "sign-out", session.user);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: string }).role;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
          token.sid = (user as { sessionId?: string }).sessionId;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          Object.assign(session.user, { id: token.uid, sid: token.sid, role: token.role, sessionVersion: token.sessionVersion });
        }
        return session;
      },
    },
  };
  return options;
}
