import { describe, expect, it } from "vitest";
import { canonicalEmail, sameMailbox } from "./email-alias";

describe("sameMailbox", () => {
  it.each([
    ["ada@org.test", "ADA@org.test"],
    ["ada@org.test", "ada+editor@org.test"],
    ["ada.admin@gmail.com", "adaadmin+rev@googlemail.com"],
  ])("treats %s and %s as one person", (a, b) => expect(sameMailbox(a, b)).toBe(true));

  it.each([
    ["ada@org.test", "ada@other.test"],
    ["ada.admin@org.test", "adaadmin@org.test"],
    ["ada@org.test", "adam@org.test"],
  ])("keeps %s and %s apart", (a, b) => expect(sameMailbox(a, b)).toBe(false));

  it("keeps the domain of an address with an @ in a quoted local part", () => {
    expect(canonicalEmail("a@b@org.test")).toBe("a@b@org.test");
  });
});
