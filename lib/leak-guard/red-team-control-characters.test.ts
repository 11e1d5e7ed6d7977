// Red team (notices): a webhook's title is checked as the raw title alone (no rendered form
// to catch it), and the title field accepts control characters. A C0 or C1 control inside
// an identifier ("Ka<VT>ni Masi") split it for the guard, while a reader's screen, an
// email client or the partner's own sanitiser drops it and shows the identifier whole.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findLeaksInForms } from "./check-forms";
import { keyHasher } from "./identifier-index/index-hash";
import { memoryIndex } from "./identifier-index/memory-index";

// Invented: no such place or person is known to anyone.
const index = await memoryIndex(
  [{ id: "s1", entries: [{ text: "Kani Masi", type: "LOCATION" }, { text: "Darwesh Sindi", type: "PERSON" }] }],
  keyHasher(randomBytes(32)),
);

const caught = async (title: string) => (await findLeaksInForms([{ field: "title", label: "Title", text: title }], index)).length > 0;

const CONTROLS = [0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x81, 0x9b, 0x9f];

describe("red team: control characters inside an identifier in a title", () => {
  it.each(CONTROLS.map((cp) => [cp.toString(16).padStart(4, "0"), String.fromCodePoint(cp)]))("U+%s inside the name is still caught", async (_hex, control) => {
    expect(await caught(`What Ka${control}ni Masi taught him`)).toBe(true);
    expect(await caught(`Darwe${control}sh Sindi remembers`)).toBe(true);
  });

  it("ordinary titles with tabs and line breaks still pass", async () => {
    expect(await caught("Bread before belief\tand after")).toBe(false);
    expect(await caught("What the checkpoint taught him")).toBe(false);
  });
});

describe("red team: backslash escapes in a title", () => {
  it.each(["K\\u0061ni Masi", "Kani\\u0020Masi", "Kani\\x20Masi", "K\\u{61}ni Masi", "\\u004b\\u0061\\u006e\\u0069 Masi", "Darwesh\\u0020Sindi"])("%s is read as what it decodes to", async (title) => {
    expect(await caught(title)).toBe(true);
  });

  it("an ordinary backslash or a made-up escape does not make a title identifying", async () => {
    expect(await caught("Paths like C:\\users\\kani are not names")).toBe(false);
    expect(await caught("Escapes such as \\u0041 mean letters")).toBe(false);
  });
});
