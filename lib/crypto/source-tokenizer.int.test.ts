// Integration project only because the key provider reads the master key from the environment it sets up.
import { describe, expect, it } from "vitest";
import { newDataKey, sourceCipher, sourceTokenizer } from "./source-keys";

describe("a source's tokenizer kept by search", () => {
  it("makes the same blind tokens as the source's cipher, and different ones for another source", () => {
    const mine = { id: "source-a", ...newDataKey("source-a") };
    const other = { id: "source-b", ...newDataKey("source-b") };
    const token = sourceTokenizer(mine);
    expect(token("redacted-text:search", "salary")).toBe(sourceCipher(mine).blindToken("redacted-text:search", "salary"));
    expect(token("redacted-text:search", "salary")).not.toBe(sourceTokenizer(other)("redacted-text:search", "salary"));
    expect(token("redacted-text:search", "salary")).not.toBe(token("redacted-text:search", "salaries"));
  });
});
