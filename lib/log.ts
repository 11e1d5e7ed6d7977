// Structured log lines. Only ids, codes, counts and error classes go here:
// never testimony, identifiers, passwords or raw exception text from user input.
import { env } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function log(level: Level, event: string, fields: Record<string, string | number | boolean | null> = {}): void {
  let threshold: Level = "info";
  try {
    threshold = env().LOG_LEVEL;
  } catch {
    // Configuration errors are reported by whoever loads the environment.
  }
  if (ORDER[level] < ORDER[threshold]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}
