// npm run seed:large [-- --sources 2000 --testimonies 20000 --items 100000 --audit 1000000 --force]
//                    [--api-token | --api-token-file PATH] [--totp-secret-file PATH]
// Writes an invented dataset of the size of a real archive, for measuring (npm run bench…).
// Resumable: each kind is counted and topped up to its target, in all-or-nothing batches, so
// running it again after a stop (or with larger numbers) continues where it left off.
// PostgreSQL with DATABASE_URL; otherwise the embedded database in DATA_DIR (not while the
// server holds it). Refuses a database with real accounts unless --force.
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/with-database";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { ConfigurationError, databaseMode, env } from "@/lib/env";
import { countRealAccounts } from "@/lib/demo/large/real-data-guard";
import { ensureSeedPeople } from "@/lib/demo/large/seed-people";
import { seedSources } from "@/lib/demo/large/seed-sources";
import { seedTestimonies } from "@/lib/demo/large/seed-testimonies";
import { seedItems } from "@/lib/demo/large/seed-items";
import { seedAuditEvents } from "@/lib/demo/large/seed-audit";
import { issueSeedApiToken } from "@/lib/demo/large/seed-api-token";
import { enrolSeedSecondFactors } from "@/lib/demo/large/seed-second-factor";
import { seedReport } from "./support/seed-large-progress";

// A bulk writer serves no one waiting: the 30 s statement limit meant for requests
// (STATEMENT_TIMEOUT_MS) would stop a batch of the audit trail's hash chain on a busy machine.
process.env.STATEMENT_TIMEOUT_MS ||= "0";

const USAGE = "usage: npm run seed:large [-- --sources N --testimonies N --items N --audit N --force --api-token | --api-token-file PATH --totp-secret-file PATH]";
const DEFAULTS = { sources: 2_000, testimonies: 20_000, items: 100_000, audit: 1_000_000 } as const;

function usage(message: string): never {
  console.error(`seed:large: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseTargets() {
  let values;
  try {
    ({ values } = parseArgs({ options: { sources: { type: "string" }, testimonies: { type: "string" }, items: { type: "string" }, audit: { type: "string" }, force: { type: "boolean" }, "api-token": { type: "boolean" }, "api-token-file": { type: "string" }, "totp-secret-file": { type: "string" } }, strict: true }));
  } catch (error) {
    usage(error instanceof Error ? error.message : "bad arguments");
  }
  const count = (name: keyof typeof DEFAULTS) => {
    const raw = values[name];
    if (raw === undefined) return DEFAULTS[name];
    if (!/^\d+$/.test(raw) || Number(raw) > 10_000_000) usage(`--${name} must be a whole number from 0 to 10,000,000 (got "${raw}")`);
    return Number(raw);
  };
  const targets = { sources: count("sources"), testimonies: count("testimonies"), items: count("items"), audit: count("audit") };
  if (targets.testimonies > 0 && targets.sources === 0) usage("--testimonies needs --sources above 0");
  const tokenFile = values["api-token-file"];
  if (values["api-token"] && tokenFile !== undefined) usage("give --api-token or --api-token-file, not both");
  if (tokenFile === "") usage("--api-token-file needs a path");
  const apiToken: { file: string } | { stdout: true } | null = tokenFile !== undefined ? { file: tokenFile } : values["api-token"] ? { stdout: true } : null;
  const totpSecretFile = values["totp-secret-file"];
  if (totpSecretFile === "") usage("--totp-secret-file needs a path");
  return { targets, force: values.force === true, apiToken, totpSecretFile };
}

async function main(): Promise<number> {
  const { targets, force, apiToken, totpSecretFile } = parseTargets();
  const began = performance.now();
  const report = seedReport();
  return withDatabase(async () => {
    const real = await countRealAccounts();
    if (real > 0 && !force) {
      console.error(`seed:large: this database has ${real} account(s) outside @demo.test and @seed.test, so it may hold real data; nothing was written. Use a fresh database, or add --force to seed it anyway (seed rows cannot all be removed afterwards: the audit trail is append-only).`);
      return 1;
    }
    console.log(`Seeding ${databaseMode(env())} database: ${Object.entries(targets).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")}.`);
    const people = await ensureSeedPeople();
    const steps = [
      ["sources", (p: ReturnType<typeof report.kind>) => seedSources(people, targets.sources, p)],
      ["testimonies", (p: ReturnType<typeof report.kind>) => seedTestimonies(people, targets.testimonies, p)],
      ["items", (p: ReturnType<typeof report.kind>) => seedItems(people, targets.items, p)],
      ["audit", (p: ReturnType<typeof report.kind>) => seedAuditEvents(people, targets.audit, p)],
    ] as const;
    for (const [kind, run] of steps) {
      const progress = report.kind(kind);
      await run(progress);
      progress.finish();
    }
    // Fresh statistics and visibility maps: without them the planner guesses at the new rows'
    // numbers (a sequential scan of the leak guard's index instead of an index-only scan) until
    // autovacuum gets to them. A role that does not own a table is skipped with a warning.
    const vacuum = report.kind("vacuum");
    vacuum.start(0, 1);
    await db().$executeRawUnsafe("VACUUM (ANALYZE)");
    vacuum.advance(1);
    vacuum.finish();
    report.print(performance.now() - began);
    console.log("Seed accounts: admin@seed.test, editor1…12@seed.test, reviewer1…6@seed.test, partner1…20@seed.test (password: the demo password).");
    if (apiToken) {
      // Only its hash is kept: this is the one time the token can be seen.
      const plaintext = await issueSeedApiToken(people);
      if ("file" in apiToken) {
        await writeFile(apiToken.file, `${plaintext}\n`, { mode: 0o600 });
        console.log(`Partner API token for Seed Partner 01 written to ${apiToken.file} (BENCH_PARTNER_TOKEN=$(cat ${apiToken.file}) npm run bench …).`);
      } else {
        console.log(`Partner API token for Seed Partner 01 (shown once; for BENCH_PARTNER_TOKEN): ${plaintext}`);
      }
    }
    if (totpSecretFile) {
      const secret = await enrolSeedSecondFactors(people);
      await writeFile(totpSecretFile, `${secret}\n`, { mode: 0o600 });
      console.log(`Every seed staff account now signs in with a second factor; its secret is in ${totpSecretFile} (BENCH_TOTP_SECRET=$(cat ${totpSecretFile}) npm run bench …).`);
    }
    return 0;
  }, { migrate: true });
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known = error instanceof DataDirInUse || error instanceof ConfigurationError;
    console.error(known ? `seed:large: ${(error as Error).message}` : `seed:large failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
