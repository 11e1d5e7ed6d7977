import { describe, expect, it } from "vitest";
import { errorClassOf } from "./error-class";

class KitTooLarge extends Error {}

describe("errorClassOf", () => {
  it.each([
    ["a built-in error's name", new TypeError("Karwan Jaff is not a function"), "TypeError"],
    ["a subclass that keeps the default name", new KitTooLarge("kit for Kani Masi"), "KitTooLarge"],
    ["a Prisma error code", Object.assign(new Error("Transaction for Karwan"), { code: "P2028" }), "P2028"],
    ["a plain Error", new Error("He grew up in Kani Masi"), "Error"],
    ["a thrown string", "Karwan Jaff", "UnknownError"],
    ["a name that is not a class name", Object.assign(new Error("x"), { name: "Karwan Jaff lives in Kani Masi" }), "Error"],
  ])("records %s without its message", (_what, error, expected) => {
    expect(errorClassOf(error)).toBe(expected);
    expect(errorClassOf(error)).not.toMatch(/Karwan|Kani/);
  });
});
