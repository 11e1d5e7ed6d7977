import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { keysetPage } from "./keyset";
import { seekNewestFirst } from "./seek";

const timestamped = { field: "updatedAt", kind: "timestamp", tieBreakById: true } as const;
const numbered = { field: "seq", kind: "number", tieBreakById: false } as const;

describe("page cursors", () => {
  it("round-trips a key and carries nothing but it", () => {
    const cursor = { direction: "after" as const, key: ["2026-11-30T05:00:00.000Z", "clx1abc"] as [string, string] };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([
    ["garbage", "%%%"],
    ["not JSON", Buffer.from("nope").toString("base64url")],
    ["an unknown field", Buffer.from(JSON.stringify({ d: "a", k: [3], title: "x" })).toString("base64url")],
    ["a title instead of an id", Buffer.from(JSON.stringify({ d: "a", k: ["2026-11-30T05:00:00.000Z", "Hunger, not a caliphate"] })).toString("base64url")],
    ["a bad direction", Buffer.from(JSON.stringify({ d: "x", k: [3] })).toString("base64url")],
    ["a negative number", Buffer.from(JSON.stringify({ d: "a", k: [-1] })).toString("base64url")],
    ["too long", "a".repeat(201)],
    ["an array parameter", ["a", "b"]],
  ])("refuses %s", (_, raw) => {
    expect(decodeCursor(raw)).toBe("invalid");
  });

  it("treats a missing or empty cursor as the first page", () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor("")).toBeNull();
  });
});

describe("seekNewestFirst", () => {
  it("gives the first page, flagged, for a cursor of another list", () => {
    const fromSources = encodeCursor({ direction: "after", key: [12] });
    expect(seekNewestFirst(fromSources, timestamped)).toMatchObject({ cursor: null, rejected: true, where: {} });
    expect(seekNewestFirst(undefined, timestamped)).toMatchObject({ cursor: null, rejected: false });
  });

  it("reads after a key newest first, and before it in reverse", () => {
    const at = "2026-11-30T05:00:00.000Z";
    const after = seekNewestFirst(encodeCursor({ direction: "after", key: [at, "b"] }), timestamped);
    expect(after.orderBy).toEqual([{ updatedAt: "desc" }, { id: "desc" }]);
    expect(after.where).toEqual({ updatedAt: { lte: new Date(at) }, OR: [{ updatedAt: { lt: new Date(at) } }, { updatedAt: new Date(at), id: { lt: "b" } }] });
    const before = seekNewestFirst(encodeCursor({ direction: "before", key: [7] }), numbered);
    expect(before).toMatchObject({ where: { seq: { gt: 7 } }, orderBy: [{ seq: "asc" }] });
  });
});

describe("keysetPage", () => {
  const key = (n: number) => [n] as [number];
  const rows = (...ns: number[]) => ns.map((seq) => ({ seq }));

  it("first page: a next cursor when a row more was read, no previous", () => {
    const page = keysetPage(rows(9, 8, 7), 2, null, (r) => key(r.seq));
    expect(page.items).toEqual(rows(9, 8));
    expect(decodeCursor(page.next)).toEqual({ direction: "after", key: [8] });
    expect(page).toMatchObject({ previous: null, pastFirst: false });
  });

  it("a page read backwards is put back in order, with both neighbours", () => {
    const page = keysetPage(rows(4, 5, 6), 2, { direction: "before", key: [3] }, (r) => key(r.seq));
    expect(page.items).toEqual(rows(5, 4));
    expect(decodeCursor(page.previous)).toEqual({ direction: "before", key: [5] });
    expect(decodeCursor(page.next)).toEqual({ direction: "after", key: [4] });
  });

  it("going back to the start leaves no previous page", () => {
    const page = keysetPage(rows(8, 9), 2, { direction: "before", key: [7] }, (r) => key(r.seq));
    expect(page).toMatchObject({ previous: null, pastFirst: false });
    expect(page.items).toEqual(rows(9, 8));
  });

  it("the last page has no next, and an empty page past the end still offers the first page", () => {
    expect(keysetPage(rows(2, 1), 2, { direction: "after", key: [3] }, (r) => key(r.seq))).toMatchObject({ next: null, pastFirst: true });
    expect(keysetPage([], 2, { direction: "after", key: [3] }, (r: { seq: number }) => key(r.seq))).toMatchObject({ items: [], next: null, previous: null, pastFirst: true });
  });
});
