// Keyset pagination: a page is the rows just after (or just before) a cursor's key in the
// list's order, read from an index that holds that order, so page 500 costs what page 1 does.
import { encodeCursor, type Cursor, type CursorKey } from "./cursor";

export type KeysetPage<T> = {
  items: T[];
  /** Cursors for the neighbouring pages; null at either end. */
  next: string | null;
  previous: string | null;
  /** True when this is not the first page (so a "first page" link makes sense). */
  pastFirst: boolean;
};

/** How many rows to read: one more than a page, to learn whether another page follows. */
export const readAhead = (size: number) => size + 1;

/**
 * Rows were read in list order after the cursor, or in reverse list order before it; this
 * puts them in list order and works out the neighbours' cursors.
 */
export function keysetPage<T>(rows: T[], size: number, cursor: Cursor | null, keyOf: (row: T) => CursorKey): KeysetPage<T> {
  const more = rows.length > size;
  const backwards = cursor?.direction === "before";
  const items = backwards ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const first = items[0];
  const last = items.at(-1);
  const after = last && (backwards || more) ? encodeCursor({ direction: "after", key: keyOf(last) }) : null;
  const before = first && (backwards ? more : cursor !== null) ? encodeCursor({ direction: "before", key: keyOf(first) }) : null;
  return { items, next: after, previous: before, pastFirst: before !== null || (cursor !== null && items.length === 0) };
}
