import { describe, expect, it } from "vitest";
import { createLogger, errorClassOnly } from "@/lib/log";

function captured(level: "debug" | "info" | "warn" | "error" = "debug") {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, { write: (chunk: string) => void lines.push(JSON.parse(chunk)) });
  return { logger, lines };
}

describe("log lines", () => {
  it("are JSON with level, time and event first, then the fields", () => {
    const { logger, lines } = captured();
    logger.info({ event: "audit.chain-head", sequence: 3 });
    expect(lines).toEqual([{ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), event: "audit.chain-head", sequence: 3 }]);
  });

  it("redact fields that could carry identifiers, testimony, secrets or personal data, also one level down", () => {
    const { logger, lines } = captured();
    logger.warn({ event: "x", realName: "Karim Haddad", transcript: "My name is", password: "hunter2", email: "editor@demo.test", sourceId: "c1", detail: { text: "Kafr Nasir" } });
    expect(lines[0]).toMatchObject({ realName: "[redacted]", transcript: "[redacted]", password: "[redacted]", email: "[redacted]", sourceId: "c1", detail: { text: "[redacted]" } });
    expect(JSON.stringify(lines)).not.toMatch(/Karim|hunter2|editor@|Kafr/);
  });

  it("write an error as its class only, never its message", () => {
    const { logger, lines } = captured();
    logger.error({ event: "action.failed", error: new RangeError("value Karim Haddad out of range"), message: "Cannot read Karim Haddad", reason: "timeout" });
    expect(lines[0]).toMatchObject({ error: "RangeError", message: "[redacted]", reason: "timeout" });
    expect(errorClassOnly(undefined)).toBe("unknown");
    expect(errorClassOnly({ toString: () => "Karim" })).toBe("[redacted]");
  });

  it("stay below the configured level unwritten", () => {
    const { logger, lines } = captured("warn");
    logger.info({ event: "quiet" });
    logger.debug({ event: "quieter" });
    logger.warn({ event: "heard" });
    expect(lines.map((line) => line.event)).toEqual(["heard"]);
  });
});
