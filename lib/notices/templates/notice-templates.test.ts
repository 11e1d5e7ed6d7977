// Take-down, review-request and consent-digest notices: ids, references, codes and dates, never an item's words.
import { describe, expect, it } from "vitest";
import { takedownEmail } from "./takedown";
import { takedownReminderEmail } from "./takedown-reminder";
import { reviewRequestEmail } from "./review-request";
import { consentDigestEmail } from "./consent-digest";
import { SIGNATURE } from "./email-text";

const links = { portalUrl: "https://cv.example/portal", ackUrl: (id: string) => `https://cv.example/api/v1/takedowns/${id}/ack` };
const deadlineAt = new Date("2026-12-03T14:05:00Z");

describe("notice templates", () => {
  it("name a take-down's item by id and the organisation's references, with the deadline and both ways to confirm", () => {
    const { subject, text } = takedownEmail("Alpha Aid", [{ takedownId: "t1", itemId: "item-1", references: ["ABCD-1234", "EFGH-5678"], reason: "WITHDRAWN", deadlineAt }], links);
    expect(subject).toBe("Take-down: remove ref ABCD-1234 by 2026-12-03 14:05 UTC");
    expect(text).toContain("- Item item-1: withdrawn: it may no longer be used.\n  Your copies: ref ABCD-1234, ref EFGH-5678.\n  Remove them by 2026-12-03 14:05 UTC.");
    expect(text).toContain("POST https://cv.example/api/v1/takedowns/t1/ack");
    expect(text).toContain("https://cv.example/portal");
  });

  it("give several items one message", () => {
    const line = { references: ["ABCD-1234"], reason: "SUSPENDED" as const, deadlineAt };
    const { subject, text } = takedownEmail("Alpha Aid", [{ ...line, takedownId: "t1", itemId: "i1" }, { ...line, takedownId: "t2", itemId: "i2" }], links);
    expect(subject).toBe("Take-down: remove 2 items you downloaded");
    expect(text.match(/suspended while the editors check it/g)).toHaveLength(2);
  });

  it("remind of an overdue take-down", () => {
    const { subject, text } = takedownReminderEmail("Alpha Aid", { takedownId: "t1", itemId: "i1", references: ["ABCD-1234"], reason: "RETIRED", deadlineAt }, links);
    expect(subject).toBe("Overdue take-down: confirm removal of ref ABCD-1234");
    expect(text).toContain("Alpha Aid was asked to remove item i1 by 2026-12-03 14:05 UTC");
  });

  it("ask for a review by id and link only", () => {
    expect(reviewRequestEmail({ kind: "item", itemId: "i1" }, "https://cv.example/content/i1", true)).toEqual({
      subject: "Review requested: content item i1",
      text: `You have been asked to review content item i1.\n\nOpen it: https://cv.example/content/i1\n\nYou can switch off review requests by email under Notice preferences.\n\n${SIGNATURE}`,
    });
    expect(reviewRequestEmail({ kind: "redaction", redactionId: "r1" }, "u", false).text).toMatch(/^Redaction r1 is waiting for a reviewer/);
  });

  it("list expiring consents by code and date", () => {
    const { subject, text } = consentDigestEmail([{ code: "S-0007", expiresAt: new Date("2026-12-20T00:00:00Z"), url: "https://cv.example/sources/x" }]);
    expect(subject).toBe("1 consent expires within 30 days");
    expect(text).toContain("- S-0007: expires 2026-12-20 — https://cv.example/sources/x");
  });
});
