import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalEventContent, eventHash, GENESIS_HASH, jsonbString } from "./canonical-event";

const base = {
  sequence: 7,
  id: "ckevent1",
  at: new Date("2026-11-29T20:03:00.120Z"),
  actorId: "u1",
  actorEmail: "admin@demo.test",
  action: "user.invited",
  targetType: "user",
  targetId: "u2",
  requestId: "3f1c",
  detailsText: '{"n": 1, "role": "EDITOR"}',
};

describe("an audit event's canonical content", () => {
  it("is the jsonb array text PostgreSQL prints, every column in a fixed order", () => {
    expect(canonicalEventContent(base)).toBe(
      '[7, "ckevent1", "2026-11-29T20:03:00.120Z", "u1", "admin@demo.test", "user.invited", "user", "u2", "3f1c", {"n": 1, "role": "EDITOR"}]',
    );
  });

  it("writes absent values as null", () => {
    expect(canonicalEventContent({ ...base, actorId: null, actorEmail: null, targetType: null, targetId: null, detailsText: null })).toBe(
      '[7, "ckevent1", "2026-11-29T20:03:00.120Z", null, null, "user.invited", null, null, "3f1c", null]',
    );
  });

  it.each([
    ['say "hi"', '"say \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["a\nb\rc\td\be\ff", '"a\\nb\\rc\\td\\be\\ff"'],
    ["\u0001\u001f", '"\\u0001\\u001f"'],
    ["\u007f é أ 😀 <>&'", '"\u007f é أ 😀 <>&\'"'],
  ])("escapes %j as PostgreSQL's escape_json does", (value, expected) => {
    expect(jsonbString(value)).toBe(expected);
  });

  it("changes with any column", () => {
    const original = canonicalEventContent(base);
    for (const change of [{ sequence: 8 }, { id: "x" }, { at: new Date(base.at.getTime() + 1) }, { actorEmail: "other@demo.test" }, { action: "user.enabled" }, { detailsText: '{"n": 2, "role": "EDITOR"}' }]) {
      expect(canonicalEventContent({ ...base, ...change })).not.toBe(original);
    }
  });
});

describe("an audit event's hash", () => {
  it("is SHA-256 over the previous hash, a newline and the canonical content", () => {
    const content = canonicalEventContent(base);
    expect(eventHash(GENESIS_HASH, content)).toBe(createHash("sha256").update(`${"0".repeat(64)}\n${content}`).digest("hex"));
    expect(eventHash("a".repeat(64), content)).not.toBe(eventHash(GENESIS_HASH, content));
  });
});
