// After the journeys: the server's log and the responses they saw must hold none of the
// seeded identifiers (tests/support/seeded-identifiers.ts). Prints each finding with its
// file, line and category, the identifier itself masked.
import fs from "node:fs";
import { identifierScanner, type Finding } from "@/tests/support/identifier-scan";
import { seededNeedles, seededPhraseSources } from "@/tests/support/seeded-identifiers";

/**
 * A log holds no testimony at all; a response may carry a published item's title (a
 * download's file name), which quotes approved, redacted testimony: there only the runs of
 * testimony that name an identifier count.
 */
export function scanE2eOutput(files: { label: string; file: string; holds: "log" | "responses" }[]): Finding[] {
  const scanners = {
    log: identifierScanner(seededNeedles(), seededPhraseSources(), "all"),
    responses: identifierScanner(seededNeedles(), seededPhraseSources(), "naming"),
  };
  return files.flatMap(({ label, file, holds }) => (fs.existsSync(file) ? scanners[holds](label, fs.readFileSync(file, "utf8")) : []));
}

export function reportFindings(findings: Finding[], limit = 200): void {
  if (findings.length === 0) {
    console.log("Identifier scan: no seeded identifier or testimony in the server log, response headers or error pages.");
    return;
  }
  console.error(`Identifier scan: ${findings.length} finding(s) of seeded identifiers or testimony where none may be:`);
  for (const f of findings.slice(0, limit)) console.error(`  ${f.where}:${f.line}  ${f.category}  ${f.masked}`);
  if (findings.length > limit) console.error(`  … and ${findings.length - limit} more`);
}
