// The take-down notice to a partner organisation. It names items by id and the references of
// the organisation's own copies only: an item is often withdrawn because it exposes someone,
// so its title and text never travel in an email.
import { SIGNATURE, type EmailText } from "./email-text";
import { TAKEDOWN_REASON_TEXT, utcMinute, type TakedownReason } from "@/lib/takedowns/takedown-reasons";

export type TakedownNoticeLine = { takedownId: string; itemId: string; references: string[]; reason: TakedownReason; deadlineAt: Date };
export type TakedownLinks = { portalUrl: string; ackUrl: (takedownId: string) => string };

function lineOf(line: TakedownNoticeLine, links: TakedownLinks): string {
  return [
    `- Item ${line.itemId}: ${TAKEDOWN_REASON_TEXT[line.reason]}.`,
    `  Your copies: ${line.references.map((r) => `ref ${r}`).join(", ")}.`,
    `  Remove them by ${utcMinute(line.deadlineAt)}.`,
    `  Take-down ${line.takedownId}; API: POST ${links.ackUrl(line.takedownId)}`,
  ].join("\n");
}

export function confirmHow(links: TakedownLinks): string {
  return [
    "Once every copy is removed (from your sites, channels and shared drives), confirm it:",
    `- on the portal: ${links.portalUrl} ("Confirm removed" beside the item), or`,
    "- through the partner API: POST to the take-down's address above with your API token (Authorization: Bearer cvp_…).",
  ].join("\n");
}

export function takedownEmail(organisation: string, lines: TakedownNoticeLine[], links: TakedownLinks): EmailText {
  const first = lines[0]!;
  const subject = lines.length === 1 ? `Take-down: remove ref ${first.references[0]} by ${utcMinute(first.deadlineAt)}` : `Take-down: remove ${lines.length} items you downloaded`;
  const text = [
    `Countervoice asks ${organisation} to take down material it downloaded. Stop using it at once and remove every copy you published or passed on.`,
    "",
    ...lines.map((line) => lineOf(line, links)),
    "",
    confirmHow(links),
    "",
    "This notice cannot be switched off: it goes to your organisation's contact addresses and to each of its Countervoice users.",
    "",
    SIGNATURE,
  ].join("\n");
  return { subject, text };
}
