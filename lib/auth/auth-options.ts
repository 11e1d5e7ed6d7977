import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticate } from "./authenticate";
import { clientAddressFrom } from "./client-address";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

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
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          // The server makes every request id; a client's x-request-id is never used.
          return authenticate(credentials, randomUUID(), { clientAddress: clientAddressFrom(req?.headers) });
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        const id = typeof token?.uid === "string" ? token.uid : null;
        if (!id) return;
        const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true } });
        if (user) await recordAuditEvent(db(), { actor: user, action: "auth.sign-out", target: { type: "user", id }, requestId: randomUUID() });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: string }).role;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          Object.assign(session.user, { id: token.uid, role: token.role, sessionVersion: token.sessionVersion });
        }
        return session;
      },
    },
  };
  return options;
}
