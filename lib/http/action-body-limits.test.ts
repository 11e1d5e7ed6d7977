import { describe, expect, it } from "vitest";
import { actionBodyLimit, actionBodyTooLarge, DEFAULT_ACTION_BODY_LIMIT } from "./action-body-limits";

const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers(headers) });

describe("server action body limits per page", () => {
  it("gives upload pages what their files need and every other page 1 MB", () => {
    expect(actionBodyLimit("/sources/abc/testimony/new")).toBe(25 * 1024 * 1024);
    expect(actionBodyLimit("/content/abc")).toBe(11 * 1024 * 1024);
    expect(actionBodyLimit("/admin/trace")).toBe(21 * 1024 * 1024);
    expect(actionBodyLimit("/testimony/abc/redaction")).toBe(10 * 1024 * 1024);
    for (const path of ["/signin", "/dashboard", "/content/new/x", "/sources/abc", "/invite/token", "/search", "/content/abc/versions"]) {
      expect(actionBodyLimit(path), path).toBe(DEFAULT_ACTION_BODY_LIMIT);
    }
  });

  it("refuses a server action announcing more than its page allows, and nothing else", () => {
    expect(actionBodyTooLarge(post({ "next-action": "a", "content-length": String(2 * 1024 * 1024) }), "/signin")).toBe(true);
    expect(actionBodyTooLarge(post({ "next-action": "a", "content-length": String(2 * 1024 * 1024) }), "/content/abc")).toBe(false);
    expect(actionBodyTooLarge(post({ "next-action": "a", "content-length": "1000" }), "/signin")).toBe(false);
    // not a server action (route handlers bound their own bodies), or no length announced
    expect(actionBodyTooLarge(post({ "content-length": String(50 * 1024 * 1024) }), "/signin")).toBe(false);
    expect(actionBodyTooLarge(post({ "next-action": "a" }), "/signin")).toBe(false);
    expect(actionBodyTooLarge({ method: "GET", headers: new Headers({ "next-action": "a", "content-length": "99999999" }) }, "/signin")).toBe(false);
  });
});
