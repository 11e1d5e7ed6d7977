// The where and order of a keyset page for a list sorted newest first on one column (a
// timestamp or a sequence number), ties broken by id. The redundant `<=` bound lets the
// planner start the index scan at the cursor instead of filtering from the top.
import { decodeCursor, type Cursor, type CursorKey } from "./cursor";

export type SortColumn = { field: string; kind: "timestamp" | "number"; tieBreakById: boolean };
type Order = Record<string, "asc" | "desc">;
export type Seek = { cursor: Cursor | null; rejected: boolean; where: Record<string, unknown>; orderBy: Order[] };

function fits(key: CursorKey, column: SortColumn): boolean {
  const [value, id] = key;
  const kindFits = column.kind === "timestamp" ? typeof value === "string" : typeof value === "number";
  return kindFits && (column.tieBreakById ? typeof id === "string" : id === undefined);
}

/** Reads the raw cursor parameter; one that is invalid or belongs to another list gives the first page. */
export function seekNewestFirst(raw: unknown, column: SortColumn): Seek {
  const decoded = decodeCursor(raw);
  const usable = decoded !== null && decoded !== "invalid" && fits(decoded.key, column) ? decoded : null;
  const rejected = decoded !== null && usable === null;
  const { field } = column;
  const forward: Order[] = column.tieBreakById ? [{ [field]: "desc" }, { id: "desc" }] : [{ [field]: "desc" }];
  if (!usable) return { cursor: null, rejected, where: {}, orderBy: forward };
  const after = usable.direction === "after";
  const value = column.kind === "timestamp" ? new Date(usable.key[0]) : usable.key[0];
  const past = after ? "lt" : "gt";
  const orderBy = after ? forward : forward.map((o) => Object.fromEntries(Object.keys(o).map((k) => [k, "asc" as const])));
  const where = column.tieBreakById
    ? { [field]: { [after ? "lte" : "gte"]: value }, OR: [{ [field]: { [past]: value } }, { [field]: value, id: { [past]: usable.key[1] } }] }
    : { [field]: { [past]: value } };
  return { cursor: usable, rejected, where, orderBy };
}

/** The key of a row for its cursor. */
export function keyOf(column: SortColumn) {
  return (row: Record<string, unknown>): CursorKey => {
    const value = row[column.field];
    const sortValue = value instanceof Date ? value.toISOString() : (value as number);
    return column.tieBreakById ? [sortValue, row.id as string] : [sortValue];
  };
}
