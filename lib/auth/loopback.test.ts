import { describe, expect, it } from "vitest";
import { cameFromLoopback, isLoopbackAddress } from "./loopback";

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1", " 127.0.0.1 "])("counts %s as this machine", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(["10.0.0.1", "192.168.1.20", "::ffff:10.0.0.1", "2001:db8::1", "localhost", "127.0.0.1.evil.example", "", "unknown", "0.0.0.0"])(
    "does not count %j as this machine",
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});

describe("cameFromLoopback", () => {
  it("accepts a chain of loopback hops, from a plain object or from Headers", () => {
    expect(cameFromLoopback({ "x-forwarded-for": "127.0.0.1" })).toBe(true);
    expect(cameFromLoopback(new Headers({ "x-forwarded-for": "::1, 127.0.0.1" }))).toBe(true);
  });

  it("refuses a client that claims to be local in front of its real address", () => {
    expect(cameFromLoopback({ "x-forwarded-for": "127.0.0.1, 203.0.113.7" })).toBe(false);
  });

  it("refuses a remote client forwarded by a proxy on this machine", () => {
    expect(cameFromLoopback(new Headers({ "x-forwarded-for": "203.0.113.7, 127.0.0.1" }))).toBe(false);
  });

  it("refuses a request with no forwarding chain at all", () => {
    expect(cameFromLoopback({})).toBe(false);
    expect(cameFromLoopback(undefined)).toBe(false);
    expect(cameFromLoopback(new Headers())).toBe(false);
  });
});
