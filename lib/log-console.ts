// Next.js reports an unexpected server error with console.error(error), message and all, and
// an exception's message can quote user input (a field value, a parsed document's text). In
// the server process an Error given to console.error or console.warn is written as its class,
// its digest (the reference the error page shows the user) and its stack frames only.
import { errorClassOnly } from "@/lib/log";

export function withoutExceptionText(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const frames = (value.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const digest = (value as { digest?: unknown }).digest;
  const reference = typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? ` (digest ${digest})` : "";
  return [`${errorClassOnly(value)}${reference}: message withheld from the log`, ...frames].join("\n");
}

export function keepExceptionTextOutOfConsole(): void {
  for (const method of ["error", "warn"] as const) {
    const write = console[method].bind(console);
    console[method] = (...args: unknown[]) => write(...args.map(withoutExceptionText));
  }
}
