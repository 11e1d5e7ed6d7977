import { describe, expect, it } from "vitest";
import { isExemptFromOriginCheck, isSameOrigin, isStateChanging } from "./same-origin";

describe("isSameOrigin", () => {
  const cases: [string, Parameters<typeof isSameOrigin>[0], boolean][] = [
    ["accepts the host the request was sent to", { origin: "http://localhost:3000", host: "localhost:3000", publicUrl: undefined }, true],
    ["accepts the configured public address behind a proxy that rewrites Host", { origin: "https://cv.example.org", host: "10.0.0.5:3000", publicUrl: "https://cv.example.org/" }, true],
    ["compares hosts without regard to case", { origin: "https://CV.example.org", host: "cv.example.org", publicUrl: undefined }, true],
    ["refuses another site", { origin: "https://attacker.example", host: "cv.example.org", publicUrl: "https://cv.example.org" }, false],
    ["refuses another port of the same host", { origin: "http://localhost:4000", host: "localhost:3000", publicUrl: undefined }, false],
    ["refuses the public address over the other scheme", { origin: "http://cv.example.org", host: "10.0.0.5:3000", publicUrl: "https://cv.example.org" }, false],
    ["refuses a missing Origin", { origin: null, host: "localhost:3000", publicUrl: undefined }, false],
    ["refuses an opaque Origin", { origin: "null", host: "localhost:3000", publicUrl: undefined }, false],
    ["refuses a malformed Origin", { origin: "not a url", host: "localhost:3000", publicUrl: undefined }, false],
    ["refuses a non-web scheme", { origin: "file://localhost:3000", host: "localhost:3000", publicUrl: undefined }, false],
    ["refuses when the request names no host", { origin: "http://localhost:3000", host: null, publicUrl: undefined }, false],
  ];
  it.each(cases)("%s", (_name, request, expected) => {
    expect(isSameOrigin(request)).toBe(expected);
  });
});

describe("which requests are checked", () => {
  it("checks every method but GET, HEAD and OPTIONS", () => {
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].map(isStateChanging)).toEqual([true, true, true, true, true]);
    expect(["GET", "HEAD", "OPTIONS"].map(isStateChanging)).toEqual([false, false, false]);
  });

  it("exempts only the bearer-token partner API, not next-auth's endpoints", () => {
    expect(isExemptFromOriginCheck("/api/v1/assets")).toBe(true);
    expect(isExemptFromOriginCheck("/api/auth/callback/credentials")).toBe(false);
    expect(isExemptFromOriginCheck("/api/v1")).toBe(false);
    expect(isExemptFromOriginCheck("/search")).toBe(false);
  });
});
