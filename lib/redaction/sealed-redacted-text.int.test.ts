// Approved redacted testimony sealed under its source's key, and its blind word tokens.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { createSource } from "@/tests/support/factories";
import { openRedactedText, sealRedactedText, searchTokens, searchWords } from "./sealed-redacted-text";

async function cipherOfNewSource() {
  const { id } = await createSource();
  return sourceCipher(await db().source.findUniqueOrThrow({ where: { id } }));
}

describe("sealed redacted testimony", () => {
  it("splits search words as NFKC lower case, once each", () => {
    expect(searchWords("The EMIRS, the emirs — ＳＡＬＡＲＹ 2014; الجوع")).toEqual(["the", "emirs", "salary", "2014", "الجوع"]);
  });

  it("opens only under its own source's key and redaction, and holds no plaintext", async () => {
    const [mine, other] = [await cipherOfNewSource(), await cipherOfNewSource()];
    const text = "[PERSON 1] said the emirs kept the best houses.";
    const sealed = sealRedactedText(mine, "redaction-1", text);
    expect(Buffer.from(sealed.textEnc).toString("latin1")).not.toContain("emirs");
    expect(openRedactedText(mine, { redactionId: "redaction-1", textEnc: sealed.textEnc, text: null })).toBe(text);
    expect(() => openRedactedText(mine, { redactionId: "redaction-2", textEnc: sealed.textEnc, text: null })).toThrow();
    expect(() => openRedactedText(other, { redactionId: "redaction-1", textEnc: sealed.textEnc, text: null })).toThrow();
  });

  // Found by the second red team of issue 11: tokens kept in the order words first appear give
  // whoever reads the table (the app's SQL role, a backup) the shape of the text.
  it("stores a text's tokens in an order that does not follow its words", async () => {
    const mine = await cipherOfNewSource();
    expect(sealRedactedText(mine, "r", "houses emirs kept").searchTokens).toEqual(sealRedactedText(mine, "r", "kept houses emirs").searchTokens);
  });

  it("gives each word one token per source: equal words match within a source, never across sources, and no token shows its word", async () => {
    const [mine, other] = [await cipherOfNewSource(), await cipherOfNewSource()];
    const tokens = searchTokens(mine, "the emirs kept the houses");
    expect(tokens).toHaveLength(4);
    expect(searchTokens(mine, "EMIRS")).toEqual([tokens[1]]);
    expect(searchTokens(other, "emirs")).not.toEqual([tokens[1]]);
    expect(tokens.join(" ")).not.toMatch(/emirs|houses/i);
  });
});

describe("sealing rows written before sealing existed", () => {
  it("seals each plaintext row under its source's key, empties its plaintext, and deletes one whose source was erased", async () => {
    const { createTestimony, createUser } = await import("@/tests/support/factories");
    const { sealLegacyRedactedTexts } = await import("./seal-legacy-redacted-texts");
    const { redactedTextOf } = await import("@/tests/support/factories");
    const legacy = async (text: string) => {
      const { id: sourceId, editor } = await createSource();
      const testimony = await createTestimony(editor, sourceId, `Raw: ${text}`);
      const redaction = await db().redaction.create({ data: { testimonyId: testimony.id, state: "APPROVED", workEnc: Buffer.from("{}"), editorIds: [editor.id] } });
      const row = await db().redactedText.create({ data: { redactionId: redaction.id, testimonyId: testimony.id, sourceId, language: "en", text, textHash: "h", approvedById: (await createUser("REVIEWER")).id } });
      return { row, sourceId };
    };
    const kept = await legacy("We found hunger, not a caliphate.");
    const gone = await legacy("The emirs ate first.");
    await db().source.update({ where: { id: gone.sourceId }, data: { wrappedKey: null, erasedAt: new Date() } });

    expect(await sealLegacyRedactedTexts(db())).toBe(2);
    const row = await db().redactedText.findUniqueOrThrow({ where: { id: kept.row.id } });
    expect(row.text).toBeNull();
    expect(row.searchTokens).toHaveLength(6);
    expect(await redactedTextOf({ id: kept.row.id })).toBe("We found hunger, not a caliphate.");
    expect(await db().redactedText.count({ where: { id: gone.row.id } })).toBe(0);
    // run again: nothing left to do
    expect(await sealLegacyRedactedTexts(db())).toBe(0);
  });
});
