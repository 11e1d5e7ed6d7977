// Opaque page cursors for keyset pagination. A cursor names a position in a list by the row's
// sort key only (a timestamp or sequence number, and a row id): never a title, a code or a name,
// so a cursor in a URL or a log line gives nothing away. Anything that does not parse as one
// (edited, truncated, from another list) is refused as a whole; the caller shows the first page.
import { z } from "zod";

/** The sort key of one row: its sort value (ISO timestamp or whole number) and, for ties, its id. */
export type CursorKey = [string | number] | [string | number, string];
/** "after": the page that follows the key in list order; "before": the page that precedes it. */
export type Cursor = { direction: "after" | "before"; key: CursorKey };

const SortValue = z.union([z.iso.datetime(), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]);
// cuid (and uuid) row ids: lower-case letters, digits and hyphens.
const RowId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const Encoded = z.strictObject({ d: z.enum(["a", "b"]), k: z.union([z.tuple([SortValue]), z.tuple([SortValue, RowId])]) });

const MAX_LENGTH = 200;

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify({ d: cursor.direction === "after" ? "a" : "b", k: cursor.key });
  return Buffer.from(json, "utf8").toString("base64url");
}

/** The cursor in a query parameter: null when there is none, "invalid" when it is not one of ours. */
export function decodeCursor(raw: unknown): Cursor | null | "invalid" {
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw !== "string" || raw.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return "invalid";
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return "invalid";
  }
  const parsed = Encoded.safeParse(json);
  if (!parsed.success) return "invalid";
  return { direction: parsed.data.d === "a" ? "after" : "before", key: parsed.data.k as CursorKey };
}
