// Applies committed migrations with `prisma migrate deploy` (never `db push`), as the owner
// role (MIGRATION_DATABASE_URL) when there is one, then grants the app's role what it needs.
import { spawn } from "node:child_process";
import path from "node:path";
import { databaseOf } from "./connection-address";
import { appRoleOf, grantAppRole } from "./grant-app-role";

export async function applyMigrations(childEnv: NodeJS.ProcessEnv): Promise<void> {
  const prisma = path.resolve("node_modules/.bin/prisma");
  // The schema names DATABASE_URL; without it the CLI abandons the JS engine and
  // tries to download a native one. The adapter ignores its value.
  const appUrl = childEnv.DATABASE_URL || childEnv.COUNTERVOICE_EMBEDDED_URL;
  const ownerUrl = (childEnv.DATABASE_URL && childEnv.MIGRATION_DATABASE_URL) || appUrl;
  // A scratch database (a bench, a test) handed over as DATABASE_URL must never send the
  // migrations to whatever database an inherited MIGRATION_DATABASE_URL names.
  if (appUrl && ownerUrl && databaseOf(appUrl) !== databaseOf(ownerUrl)) {
    throw new Error("MIGRATION_DATABASE_URL must name the same database as DATABASE_URL (only the role differs).");
  }
  const env = { ...childEnv, DATABASE_URL: ownerUrl };
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(prisma, ["migrate", "deploy"], { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${output.join("")}`);
  }
  const applied = output.join("").match(/following migration\(s\) have been applied[\s\S]*/);
  if (applied) process.stdout.write(`Applied database migrations.\n`);
  const appRole = appUrl && ownerUrl ? appRoleOf(appUrl, ownerUrl) : null;
  if (appRole && ownerUrl) await grantAppRole(ownerUrl, appRole);
}
