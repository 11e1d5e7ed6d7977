// What is still exposed: every finding in the original transcript that no
// accepted span covers. Uncovered dictionary entries and direct identifiers
// block submission unless the editor dismissed them with a reason.
import { DIRECT_TYPES } from "@/lib/redaction/detector/types";
import { acceptedSpans } from "./apply-redaction";
import type { Dismissal, Finding, RedactionSpan } from "./types";

export type ResidualRisk = Finding & { key: string; blocking: boolean; dismissal?: Dismissal };

export function findingKey(finding: Pick<Finding, "start" | "end" | "type" | "fromDictionary">): string {
  return `${finding.fromDictionary ? "dict" : "det"}:${finding.type}:${finding.start}-${finding.end}`;
}

function covered(finding: Finding, accepted: readonly RedactionSpan[]): boolean {
  // Covered when accepted spans together cover every non-space character of it.
  let cursor = finding.start;
  for (const span of accepted) {
    if (span.end <= cursor) continue;
    if (span.start > cursor) break;
    cursor = span.end;
    if (cursor >= finding.end) return true;
  }
  return cursor >= finding.end;
}

export function residualRisks(findings: readonly Finding[], spans: readonly RedactionSpan[], dismissals: readonly Dismissal[]): ResidualRisk[] {
  const accepted = acceptedSpans(spans);
  const dismissedBy = new Map(dismissals.map((d) => [d.key, d]));
  return findings
    .filter((f) => !covered(f, accepted))
    .map((f) => {
      const key = findingKey(f);
      const dismissal = dismissedBy.get(key);
      const severe = f.fromDictionary || DIRECT_TYPES.includes(f.type);
      return { ...f, key, dismissal, blocking: severe && !dismissal };
    })
    .sort((a, b) => a.start - b.start);
}

export function blockingRisks(risks: readonly ResidualRisk[]): ResidualRisk[] {
  return risks.filter((r) => r.blocking);
}
