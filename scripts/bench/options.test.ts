import { describe, expect, it } from "vitest";
import { parseOptions, UsageError, wanted } from "./options";

describe("npm run bench's options", () => {
  it("defaults to 10 and 50 connections for 10 s, and to one short level with --quick", () => {
    expect(parseOptions([])).toMatchObject({ connections: [10, 50], durationSeconds: 10, quick: false, port: 3440 });
    expect(parseOptions(["--quick"])).toMatchObject({ connections: [10], durationSeconds: 5, quick: true });
    expect(parseOptions(["--quick", "--connections", "10,50", "--duration=5"])).toMatchObject({ connections: [10, 50], durationSeconds: 5 });
  });

  it("takes the password and the partner token from the environment, a flag winning, the demo's otherwise", () => {
    expect(parseOptions([])).toMatchObject({ password: "countervoice-demo", partnerToken: "cvp_demo_partner_token" });
    expect(parseOptions([], { BENCH_PASSWORD: "from-env", BENCH_PARTNER_TOKEN: "cvp_env" })).toMatchObject({ password: "from-env", partnerToken: "cvp_env" });
    expect(parseOptions(["--password", "flag"], { BENCH_PASSWORD: "from-env" }).password).toBe("flag");
  });

  it("signs in the demo's accounts, or seed:large's with --accounts seed-large, a named account winning", () => {
    expect(parseOptions([]).accounts).toEqual({ editor: "editor@demo.test", reviewer: "reviewer@demo.test", admin: "admin@demo.test", partner: "partner@demo.test" });
    expect(parseOptions(["--accounts", "seed-large", "--admin", "ops@example.org"]).accounts).toEqual({ editor: "editor1@seed.test", reviewer: "reviewer1@seed.test", admin: "ops@example.org", partner: "partner1@seed.test" });
    expect(() => parseOptions(["--accounts", "mine"])).toThrow("--accounts must be one of demo, seed-large");
  });

  it("takes second-factor secrets per role from the environment, a shared one filling the rest", () => {
    expect(parseOptions([]).totpSecrets).toEqual({});
    expect(parseOptions([], { BENCH_TOTP_SECRET: "SHARED", BENCH_TOTP_SECRET_ADMIN: "ADMINS" }).totpSecrets).toEqual({ editor: "SHARED", reviewer: "SHARED", admin: "ADMINS", partner: "SHARED" });
  });

  it("measures only the named pages with --only", () => {
    const options = parseOptions(["--only", "content-1, kit"]);
    expect(wanted(options, "content-1")).toBe(true);
    expect(wanted(options, "kit")).toBe(true);
    expect(wanted(options, "search-common")).toBe(false);
    expect(wanted(parseOptions([]), "search-common")).toBe(true);
  });

  it.each([
    [["--connections", "0"], "--connections must be a whole number"],
    [["--duration"], "--duration needs a value"],
    [["--nonsense", "1"], "unknown option --nonsense"],
    [["content-1"], "unexpected argument content-1"],
    [["--key-dir", "/k"], "--key-dir goes with --data-dir"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(message);
  });
});
