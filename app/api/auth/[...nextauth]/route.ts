import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// Public by design: sign-in, sign-out and CSRF endpoints of next-auth.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
