// npm run audit:verify [-- --head] [-- --export-head FILE] [-- --expect-head FILE]
// Checks the whole audit chain from outside the database's own functions and names the
// first broken link. --head also writes the chain head to the log; --export-head writes
// it to FILE (keep that copy elsewhere); --expect-head checks the chain still holds a head
// exported earlier (from here or the admin audit page). Exit 0 intact, 1 broken, 2 bad usage.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { withDatabase } from "@/lib/db/with-database";
import { DataDirInUse } from "@/lib/db/embedded/data-dir-lock";
import { ConfigurationError } from "@/lib/env";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { ExportedChainHead, exportChainHead, logChainHead, type ChainHead } from "@/lib/audit/chain-head";

const USAGE = "usage: npm run audit:verify [-- --head] [-- --export-head FILE] [-- --expect-head FILE]";

function usage(message: string): never {
  console.error(`audit:verify: ${message}\n${USAGE}`);
  process.exit(2);
}

function readExpectedHead(file: string): ChainHead {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    usage(`cannot read ${file} as JSON`);
  }
  const parsed = ExportedChainHead.safeParse(json);
  if (!parsed.success) usage(`${file}: ${parsed.error.issues[0]?.path.join(".") || "head"} ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  return parsed.data;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { head: { type: "boolean" }, "export-head": { type: "string" }, "expect-head": { type: "string" } }, strict: true }));
  } catch (error) {
    usage(error instanceof Error ? error.message : "bad arguments");
  }
  const expected = values["expect-head"] ? readExpectedHead(values["expect-head"]) : undefined;
  return withDatabase(async () => {
    const report = await verifyAuditChain(db(), expected);
    if (report.ok) {
      console.log(`Audit chain intact: ${report.events} events${expected ? `, including the exported head at sequence ${expected.sequence}` : ""}.`);
    } else {
      const { sequence, id, reason } = report.firstBreak;
      console.error(`Audit chain BROKEN at sequence ${sequence} (event ${id}): ${reason}. ${report.events} events before it are intact.`);
    }
    if (values.head || values["export-head"]) {
      const head = await logChainHead(db(), "on-demand");
      console.log(head ? `Head: sequence ${head.sequence}, hash ${head.hash}, at ${head.at}.` : "The audit chain is empty.");
      if (head && values["export-head"]) {
        writeFileSync(values["export-head"], JSON.stringify(exportChainHead(head), null, 2) + "\n");
        console.log(`Head written to ${values["export-head"]}.`);
      }
    }
    return report.ok ? 0 : 1;
  });
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known = error instanceof ConfigurationError || error instanceof DataDirInUse;
    console.error(known ? `${(error as Error).message} While the server runs, use "Verify the chain now" on the admin audit page.` : `audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  });
