import { describe, expect, it } from "vitest";
import { isApiPath, isHttpsRequest, NON_DOCUMENT_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.split(" ")[0] === name);

describe("pageContentSecurityPolicy", () => {
  it("lets scripts run only with the nonce, never inline or through eval, in production", () => {
    const csp = pageContentSecurityPolicy({ nonce: "abc123", https: false, development: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "upgrade-insecure-requests")).toBeUndefined();
  });

  it("adds eval only in development, and the upgrade of subresources only over https", () => {
    expect(directive(pageContentSecurityPolicy({ nonce: "n", https: false, development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(directive(pageContentSecurityPolicy({ nonce: "n", https: true, development: false }), "upgrade-insecure-requests")).toBeDefined();
  });

  it("keeps files and the API from loading, running or framing anything", () => {
    expect(directive(NON_DOCUMENT_CONTENT_SECURITY_POLICY, "default-src")).toBe("default-src 'none'");
    expect(directive(NON_DOCUMENT_CONTENT_SECURITY_POLICY, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });
});

describe("isHttpsRequest", () => {
  it.each([
    ["https://cv.example.org/x", null, true],
    ["http://10.0.0.5:3000/x", "https", true],
    ["http://10.0.0.5:3000/x", "https, http", true],
    ["http://10.0.0.5:3000/x", "http", false],
    ["http://localhost:3000/x", null, false],
  ])("%s forwarded as %s: %s", (url, proto, expected) => {
    expect(isHttpsRequest(new URL(url), proto)).toBe(expected);
  });
});

it("treats only /api and below as the API", () => {
  expect([isApiPath("/api"), isApiPath("/api/v1/assets"), isApiPath("/apiary"), isApiPath("/admin/audit/export")]).toEqual([true, true, false, false]);
});
