// The demo's local mail catcher keeps each message it receives as an .eml file in one
// directory (scripts/support/mail-catcher.ts). Read here for the admin's demo inbox and for
// the end-to-end tests, which also scan every caught message for seeded identifiers.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

export type CaughtMail = { name: string; to: string; from: string; subject: string; text: string; html: string | null; date: Date; headers: Record<string, string> };

const NAME = /^[0-9]{13}-[a-f0-9]{16}\.eml$/;

export function isCaughtMailName(name: string): boolean {
  return NAME.test(name);
}

/** Newest first. */
export function caughtMailNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(isCaughtMailName).sort().reverse();
}

export async function readCaughtMailFile(dir: string, name: string): Promise<CaughtMail | null> {
  if (!isCaughtMailName(name)) return null;
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return null;
  const parsed = await simpleParser(fs.readFileSync(file));
  const address = (value: unknown) => {
    const list = Array.isArray(value) ? value : value ? [value] : [];
    return list.map((a: { text?: string }) => a.text ?? "").join(", ");
  };
  const headers: Record<string, string> = {};
  for (const [key, value] of parsed.headers) if (typeof value === "string") headers[key] = value;
  return { name, to: address(parsed.to), from: address(parsed.from), subject: parsed.subject ?? "", text: parsed.text ?? "", html: typeof parsed.html === "string" ? parsed.html : null, date: parsed.date ?? new Date(Number(name.slice(0, 13))), headers };
}

export async function readCaughtMail(dir: string, limit = 500): Promise<CaughtMail[]> {
  const mails = await Promise.all(caughtMailNames(dir).slice(0, limit).map((name) => readCaughtMailFile(dir, name)));
  return mails.filter((m): m is CaughtMail => m !== null);
}
