// Writes every message the demo's mail catcher (and every event its webhook receiver) got, decoded, into one text file for the
// end-to-end identifier scan: headers, subject, text and HTML of each.
import fs from "node:fs";
import { readCaughtMail } from "@/lib/notices/email/caught-mail";
import { readCaughtWebhooks } from "@/tests/support/caught-webhooks";

export async function dumpCaughtMail(dir: string, file: string): Promise<number> {
  const mails = await readCaughtMail(dir, Number.MAX_SAFE_INTEGER);
  const text = mails.map((m) => [`--- ${m.name}`, ...Object.entries(m.headers).map(([k, v]) => `${k}: ${v}`), `subject: ${m.subject}`, "", m.text, m.html ?? ""].join("\n")).join("\n\n");
  fs.writeFileSync(file, text);
  return mails.length;
}

/** The same for the demo's webhook receiver: each event's headers and body, JSON escapes decoded. */
export function dumpCaughtWebhooks(dir: string, file: string): number {
  const hooks = readCaughtWebhooks(dir);
  const text = hooks.map((h) => [`--- ${h.name}`, ...Object.entries(h.headers).map(([k, v]) => `${k}: ${v}`), "", h.event ? JSON.stringify(h.event, null, 1) : h.body].join("\n")).join("\n\n");
  fs.writeFileSync(file, text);
  return hooks.length;
}
