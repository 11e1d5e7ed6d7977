// Links the app emailed, read from the demo's mail catcher (tests/support/caught-mail.ts).
import { waitForCaughtMail } from "@/tests/support/caught-mail";

/** The newest link to `path/<token>` mailed to `to` after `since`. */
export async function mailedLink(to: string, path: "/invite" | "/reset", since: Date): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}/[A-Za-z0-9_-]{20,}`);
  const mail = await waitForCaughtMail((m) => m.to.includes(to) && m.date.getTime() >= since.getTime() - 1000 && pattern.test(m.text));
  return pattern.exec(mail.text)![0];
}
