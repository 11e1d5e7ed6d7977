// Asks a reviewer to review. Only the kind of work, its id and the link: a title could name
// someone, and the reviewer reads the rest signed in.
import { SIGNATURE, type EmailText } from "./email-text";
export type ReviewRequestTarget = { kind: "item"; itemId: string } | { kind: "redaction"; redactionId: string };

export function reviewRequestEmail(target: ReviewRequestTarget, reviewUrl: string, assigned: boolean): EmailText {
  const what = target.kind === "item" ? `content item ${target.itemId}` : `redaction ${target.redactionId}`;
  return {
    subject: target.kind === "item" ? `Review requested: content item ${target.itemId}` : `Review requested: redaction ${target.redactionId}`,
    text: [
      assigned ? `You have been asked to review ${what}.` : `${what[0]!.toUpperCase()}${what.slice(1)} is waiting for a reviewer, and you may review it.`,
      "",
      `Open it: ${reviewUrl}`,
      "",
      "You can switch off review requests by email under Notice preferences.",
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
