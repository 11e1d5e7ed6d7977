// Red team (notices): a dictionary typed without letter marks ("Ayse Kaya", "Murat Celik",
// "Kani Masi", as editors on an English keyboard do) missed the name written with its
// Turkish or Kurdish letters ("Ayşe", "Çelik", "Maşi") in a title a webhook sends: the guard
// read ş only as "sh". A reader sees the name either way. Invented names throughout.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findLeaksInForms } from "./check-forms";
import { keyHasher } from "./identifier-index/index-hash";
import { memoryIndex } from "./identifier-index/memory-index";

const index = await memoryIndex(
  [{ id: "s1", entries: [{ text: "Kani Masi", type: "LOCATION" }, { text: "Murat Celik", type: "PERSON" }, { text: "Ayse Kaya", type: "PERSON" }, { text: "Xoshnaw", type: "PERSON" }] }],
  keyHasher(randomBytes(32)),
);

const caught = async (title: string) => (await findLeaksInForms([{ field: "title", label: "Title", text: title }], index)).length > 0;

describe("red team: Turkish and Kurdish letters against a dictionary typed without marks", () => {
  it.each(["What Kani Maşi taught him", "Kani Mași", "Kani Maši", "Ayşe remembers", "Çelik at the checkpoint", "Čelik"])("%s is caught", async (title) => {
    expect(await caught(title)).toBe(true);
  });

  it("the two-letter reading still holds: Xoşnaw is Xoshnaw", async () => {
    expect(await caught("Xoşnaw")).toBe(true);
  });

  it("an ordinary word with such a letter does not become a name", async () => {
    expect(await caught("Bread before belief in Eskişehir")).toBe(false);
    expect(await caught("Aşure for the children of the camp")).toBe(false);
  });
});

describe("red team: a dictionary with the marks against text typed without them", () => {
  const marked = memoryIndex(
    [{ id: "s2", entries: [{ text: "Kani Maşi", type: "LOCATION" }, { text: "Ayşe Kaya", type: "PERSON" }, { text: "Murat Çelik", type: "PERSON", variants: ["Çelik"] }] }],
    keyHasher(randomBytes(32)),
  );
  const caughtBy = async (title: string) => (await findLeaksInForms([{ field: "title", label: "Title", text: title }], await marked)).length > 0;

  it.each(["What Kani Masi taught him", "Ayse remembers", "Celik at the checkpoint", "Kani Mashi", "Ayşe"])("%s is caught", async (title) => {
    expect(await caughtBy(title)).toBe(true);
  });
});
