// After the journeys: the server's log and the responses they saw must hold none of the
// seeded identifiers (tests/support/seeded-identifiers.ts). Prints each finding with its
// file, line and category, the identifier itself masked.
import fs from "node:fs";
import { identifierScanner, type Finding } from "@/tests/support/identifier-scan";
import { seededNeedles, seededPhraseSources } from "@/tests/support/seeded-identifiers";

export function scanE2eOutput(files: { label: string; file: string }[]): Finding[] {
  const scan = identifierScanner(seededNeedles(), seededPhraseSources());
  return files.flatMap(({ label, file }) => (fs.existsSync(file) ? scan(label, fs.readFileSync(file, "utf8")) : []));
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
