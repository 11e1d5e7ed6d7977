// The canonical content and hash of one audit event, computed here independently of
// the database functions that write them (migration 20261129200300_audit_hash_chain),
// so a verifier does not have to trust the database it checks. The two must agree
// byte for byte: the canonical content is the text PostgreSQL gives for
// jsonb_build_array(sequence, id, at, actorId, actorEmail, action, targetType, targetId,
// requestId, details), with `details` as the database's own jsonb text.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedEventContent = {
  sequence: number;
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string;
  /** `details::text` as PostgreSQL prints it (keys sorted, ", " and ": "), or null. */
  detailsText: string | null;
};

/** A string as PostgreSQL's escape_json writes it: only quote, backslash and control characters escaped. */
export function jsonbString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}

const nullable = (value: string | null) => (value === null ? "null" : jsonbString(value));

export function canonicalEventContent(event: ChainedEventContent): string {
  return `[${[
    String(event.sequence),
    jsonbString(event.id),
    jsonbString(event.at.toISOString()),
    nullable(event.actorId),
    nullable(event.actorEmail),
    jsonbString(event.action),
    nullable(event.targetType),
    nullable(event.targetId),
    jsonbString(event.requestId),
    event.detailsText ?? "null",
  ].join(", ")}]`;
}

/** SHA-256 (hex) over the previous event's hash, a newline, and this event's canonical content. */
export function eventHash(previousHash: string, canonicalContent: string): string {
  return createHash("sha256").update(`${previousHash}\n${canonicalContent}`, "utf8").digest("hex");
}
