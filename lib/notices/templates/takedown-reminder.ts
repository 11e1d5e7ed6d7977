// One reminder once a take-down's deadline has passed without a confirmation. Like the
// notice itself it names the item by id and the organisation's references only.
import { SIGNATURE, type EmailText } from "./email-text";
import { utcMinute } from "@/lib/takedowns/takedown-reasons";
import { confirmHow, type TakedownLinks, type TakedownNoticeLine } from "./takedown";

export function takedownReminderEmail(organisation: string, line: TakedownNoticeLine, links: TakedownLinks): EmailText {
  return {
    subject: `Overdue take-down: confirm removal of ref ${line.references[0]}`,
    text: [
      `${organisation} was asked to remove item ${line.itemId} by ${utcMinute(line.deadlineAt)}, and has not yet confirmed it.`,
      `Your copies: ${line.references.map((r) => `ref ${r}`).join(", ")}.`,
      `Take-down ${line.takedownId}; API: POST ${links.ackUrl(line.takedownId)}`,
      "",
      confirmHow(links),
      "",
      SIGNATURE,
    ].join("\n"),
  };
}
