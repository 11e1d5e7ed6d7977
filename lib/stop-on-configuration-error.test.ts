import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { stopOnConfigurationError } from "./stop-on-configuration-error";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(40);

function stopsWith(source: Record<string, string>): string[] {
  const lines: string[] = [];
  stopOnConfigurationError(() => parseEnv(source), (message) => lines.push(message));
  return lines;
}

describe("stopping a server started without the launcher", () => {
  it("stops with the one line naming the variable when the configuration is wrong", () => {
    const production = { NODE_ENV: "production", DATABASE_URL: "postgres://app@h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY };
    expect(stopsWith(production)).toEqual(["Configuration error: NEXTAUTH_URL must be the public https:// address in production (PostgreSQL mode)"]);
    expect(stopsWith({ DATABASE_URL: "postgres://app@h/db", COUNTERVOICE_MASTER_KEY: KEY })).toEqual([
      "Configuration error: NEXTAUTH_SECRET required when DATABASE_URL is set (PostgreSQL mode)",
    ]);
  });

  it("lets a complete configuration start", () => {
    expect(stopsWith({ NODE_ENV: "production", DATABASE_URL: "postgres://app@h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, NEXTAUTH_URL: "https://cv.example.org" })).toEqual([]);
  });

  it("does not swallow an error that is not about the configuration", () => {
    const broken = () => {
      throw new TypeError("unexpected");
    };
    expect(() => stopOnConfigurationError(broken, () => undefined)).toThrow("unexpected");
  });
});
