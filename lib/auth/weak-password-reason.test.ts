import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "./weak-password-reason";

describe("weakPasswordReason", () => {
  it.each([
    ["short", "Use at least 12 characters."],
    ["x".repeat(1025), "Use at most 1024 characters."],
    ["countervoice-demo", "That is the demo's public password."],
    ["aaaaaaaaaaaaaaaa", "Use more different characters"],
    ["abababab12121212", "Use more different characters"],
    ["Password1234!", "among the first passwords anyone guesses"],
    ["qwertyuiop2026", "among the first passwords anyone guesses"],
    ["123456789012345", "among the first passwords anyone guesses"],
    ["horsehorse-2026-", "among the first passwords anyone guesses"],
    ["amira.haddad-2026!", "Leave your name and email address out"],
    ["my Haddad family tree", "Leave your name and email address out"],
  ])("refuses %j", (password, reason) => {
    expect(weakPasswordReason(password, { email: "amira.haddad@example.org", name: "Amira Haddad" })).toContain(reason);
  });

  it.each(["correct horse battery staple", "ممر أخضر فوق النهر", "Tr0ub4dor&3-lamp-ocean"])("accepts %j", (password) => {
    expect(weakPasswordReason(password, { email: "amira.haddad@example.org", name: "Amira Haddad" })).toBeNull();
  });
});
