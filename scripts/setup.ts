// `npm run setup`: migrates the database, then asks at the terminal for the first admin
// (email, name, password) when no admin exists yet. Embedded mode: with the server stopped.
import { withDatabase } from "@/lib/db/with-database";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { ConfigurationError, env } from "@/lib/env";
import { setUpFirstAdmin } from "./support/first-admin-setup";
import { SetupCancelled } from "./support/terminal-questions";

async function main() {
  if (!process.stdin.isTTY) {
    console.error("npm run setup asks questions: run it in a terminal. Without one, `npm run admin:create -- --email …` prints a one-time link instead.");
    process.exit(2);
  }
  const signInUrl = new URL("/signin", env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`).toString();
  const outcome = await withDatabase(() => setUpFirstAdmin({ input: process.stdin, output: process.stdout }, signInUrl), { migrate: true });
  if (outcome === "admin-exists") console.log("An admin exists already: invite everyone else from People.");
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigurationError || error instanceof DataDirInUse || error instanceof SetupCancelled;
  console.error(known ? (error as Error).message : `setup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
