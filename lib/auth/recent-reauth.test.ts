import { describe, expect, it } from "vitest";
import { assertRecentReauth, reauthIsRecent, reauthPathFor, ReauthRequired, safeReturnPath } from "./recent-reauth";

const now = new Date("2026-11-29T20:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("recent re-authentication", () => {
  it("counts a re-authentication of at most 10 minutes ago", () => {
    expect(reauthIsRecent(ago(0), now)).toBe(true);
    expect(reauthIsRecent(ago(10), now)).toBe(true);
    expect(reauthIsRecent(ago(10.01), now)).toBe(false);
    expect(reauthIsRecent(null, now)).toBe(false);
    // A time in the future is no proof either.
    expect(reauthIsRecent(ago(-1), now)).toBe(false);
  });

  it("throws the expected error the actions turn into a 'confirm it's you' link", () => {
    expect(() => assertRecentReauth({ reauthAt: ago(11) }, now)).toThrow(ReauthRequired);
    expect(() => assertRecentReauth({ reauthAt: ago(1) }, now)).not.toThrow();
  });

  it("returns only to a path on this site", () => {
    expect(safeReturnPath("/sources/abc?tab=1")).toBe("/sources/abc?tab=1");
    for (const bad of ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "/a\nb"]) expect(safeReturnPath(bad)).toBe("/");
    expect(reauthPathFor("//evil.example")).toBe("/account/reauth?next=%2F");
  });
});
