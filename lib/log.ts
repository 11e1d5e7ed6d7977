// Structured log lines (pino, JSON, one per line: info and debug on stdout, warn and error on
// stderr). Only ids, codes, counts and error classes go here: never testimony, identifiers,
// passwords or raw exception text from user input. The redaction paths and the error
// serializer below are the second line of defence for a caller that forgets it.
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
type Field = string | number | boolean | null;

export const REDACTED = "[redacted]";

/** Field names that could carry a secret, an identifier, testimony or personal data. */
const SENSITIVE_KEYS = [
  "password", "passphrase", "secret", "token", "authorization", "cookie", "totp",
  "realName", "alias", "aliases", "pseudonym", "identifier", "identifiers", "variant", "variants", "entry",
  "text", "transcript", "testimony", "notes", "body", "content", "title", "query", "q", "search",
  "email", "name", "phone", "address", "ip",
];
export const REDACT_PATHS = [...SENSITIVE_KEYS, ...SENSITIVE_KEYS.map((key) => `*.${key}`)];

/** An error class name or a fixed code: a word without spaces, as an exception's `name` is. */
const CLASS_OR_CODE = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;

/**
 * Errors are logged as their class only, never their message (which can quote user input):
 * an Error becomes its name, a string is kept only when it looks like a class name or code.
 */
export function errorClassOnly(value: unknown): string {
  if (value instanceof Error) return CLASS_OR_CODE.test(value.name) ? value.name : "Error";
  if (typeof value === "string" && CLASS_OR_CODE.test(value)) return value;
  return value === null || value === undefined ? "unknown" : REDACTED;
}

/** Synchronous writes (the scripts exit right after their last line): warn and error on stderr. */
const standardStreams = () =>
  pino.multistream(
    [
      { level: "debug", stream: pino.destination({ dest: 1, sync: true }) },
      { level: "warn", stream: pino.destination({ dest: 2, sync: true }) },
    ],
    { dedupe: true },
  );

export function createLogger(level: Level, streams: DestinationStream = standardStreams()): Logger {
  return pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { error: errorClassOnly, err: errorClassOnly, message: errorClassOnly, reason: errorClassOnly },
    },
    streams,
  );
}

let logger: Logger | undefined;

function current(): Logger {
  if (logger) return logger;
  try {
    logger = createLogger(env().LOG_LEVEL);
    return logger;
  } catch {
    // Configuration errors are reported by whoever loads the environment; log at info until then.
    return createLogger("info");
  }
}

export function log(level: Level, event: string, fields: Record<string, Field> = {}): void {
  current()[level]({ event, ...fields });
}
