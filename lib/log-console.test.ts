import { describe, expect, it } from "vitest";
import { withoutExceptionText } from "@/lib/log-console";

describe("errors written to the server console", () => {
  it("keep their class, digest and stack frames, not their message", () => {
    const error = Object.assign(new TypeError("cannot parse Karim Haddad's testimony"), { digest: "2783614412" });
    const written = String(withoutExceptionText(error));
    expect(written).toMatch(/^TypeError \(digest 2783614412\): message withheld from the log\n\s+at /);
    expect(written).not.toContain("Karim");
  });

  it("leave other arguments as they are", () => {
    expect(withoutExceptionText("⨯ unhandled")).toBe("⨯ unhandled");
    expect(withoutExceptionText(42)).toBe(42);
  });
});
