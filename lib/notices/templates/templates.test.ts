// The account notices say what they must and nothing more: the link, who invited, how many
// failures from which network; never a password, a full address or anything about a source.
import { describe, expect, it } from "vitest";
import { passwordResetEmail } from "./password-reset-email";
import { invitationEmail } from "./invitation-email";
import { failedSignInsEmail } from "./failed-sign-ins-email";

const LINK = "https://cv.example.org/reset/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";

describe("account notice templates", () => {
  it("a reset email carries the link and how long it works, as plain text", () => {
    const email = passwordResetEmail({ link: LINK, validMinutes: 30 });
    expect(email.subject).toBe("Reset your Countervoice password");
    expect(email.text).toContain(LINK);
    expect(email.text).toContain("30 minutes");
    expect(email.subject).not.toContain(LINK);
  });

  it("an invitation names who invited and, for a partner only, the organisation", () => {
    const expiresAt = new Date("2026-12-03T10:00:00Z");
    const partner = invitationEmail({ link: LINK, invitedBy: "Ada Admin", organisation: "Bridges Collective", expiresAt });
    expect(partner.text).toContain("Ada Admin invited you to a Countervoice account for Bridges Collective.");
    expect(partner.text).toContain(LINK);
    expect(partner.text).toContain(expiresAt.toUTCString());
    const staff = invitationEmail({ link: LINK, invitedBy: "Ada Admin", organisation: null, expiresAt });
    expect(staff.text).toContain("Ada Admin invited you to a Countervoice account.");
  });

  it("a failed sign-in notice gives the count and the network, with advice and where to switch it off", () => {
    const email = failedSignInsEmail({ count: 7, atLeast: false, lastAt: new Date("2026-11-30T09:00:00Z"), lastFrom: "203.0.113.x", resetLink: "https://cv.example.org/forgot-password", noticesLink: "https://cv.example.org/account/notices" });
    expect(email.text).toContain("7 failed attempts");
    expect(email.text).toContain("from the network 203.0.113.x");
    expect(email.text).toContain("https://cv.example.org/forgot-password");
    expect(email.text).toContain("https://cv.example.org/account/notices");
    expect(failedSignInsEmail({ count: 1000, atLeast: true, lastAt: new Date(), lastFrom: "2001:db8:85a3:…", resetLink: "r", noticesLink: "n" }).text).toContain("at least 1000 failed attempts");
  });
});
