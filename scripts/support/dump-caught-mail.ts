// Writes every message the demo's mail catcher received, decoded, into one text file for the
// end-to-end identifier scan: headers, subject, text and HTML of each.
import fs from "node:fs";
import { readCaughtMail } from "@/lib/notices/email/caught-mail";

export async function dumpCaughtMail(dir: string, file: string): Promise<number> {
  const mails = await readCaughtMail(dir, Number.MAX_SAFE_INTEGER);
  const text = mails.map((m) => [`--- ${m.name}`, ...Object.entries(m.headers).map(([k, v]) => `${k}: ${v}`), `subject: ${m.subject}`, "", m.text, m.html ?? ""].join("\n")).join("\n\n");
  fs.writeFileSync(file, text);
  return mails.length;
}
