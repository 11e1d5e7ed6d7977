// `npm run admin:create -- --email a@b.org [--name "A. Person"]`: the first admin.
// Prints a one-time link (72 h) where they choose their password.
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { withDatabase } from "@/lib/db/with-database";
import { ConfigurationError, env } from "@/lib/env";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { BootstrapAdminInput } from "@/lib/users/schemas";
import { createBootstrapAdmin } from "@/lib/users/create-bootstrap-admin";
import { isDomainError } from "@/lib/errors";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true });
  const input = BootstrapAdminInput.safeParse({ email: values.email, name: values.name });
  if (!input.success) {
    console.error("Usage: npm run admin:create -- --email admin@example.org [--name \"Full Name\"]");
    process.exit(2);
  }
  const { token } = await withDatabase(() => createBootstrapAdmin(input.data, randomUUID()), { migrate: true });
  const base = env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
  console.log(`Admin ${input.data.email} created. One-time sign-in link (valid 72 hours):`);
  console.log(new URL(`/invite/${token}`, base).toString());
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigurationError || error instanceof DataDirInUse || isDomainError(error);
  console.error(known ? (error as Error).message : `admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
