import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const KEY = Buffer.alloc(32, 7).toString("base64");
const SECRET = "s".repeat(40);

describe("configuration", () => {
  it("selects the embedded database when DATABASE_URL is unset", () => {
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
    expect(parseEnv({ DATABASE_URL: "" }).DATA_DIR).toBe("./data");
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "Configuration error: DATABASE_URL must be a postgres:// or postgresql:// URL"],
    [{ DATABASE_URL: "postgres://h/db", COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: NEXTAUTH_SECRET required when DATABASE_URL is set (PostgreSQL mode)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET }, "Configuration error: COUNTERVOICE_MASTER_KEY required when DATABASE_URL is set (PostgreSQL mode)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: "short", COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: "abc" }, "Configuration error: COUNTERVOICE_MASTER_KEY must be 32 bytes encoded in base64 (openssl rand -base64 32)"],
    [{ PORT: "99999" }, "Configuration error: PORT"],
    [{ DATABASE_URL: "postgres://h/db?sslmode=no-verify", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: DATABASE_URL has an invalid sslmode (one of disable, allow, prefer, require, verify-ca, verify-full)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, COUNTERVOICE_MASTER_KEY_PREVIOUS: "abc" }, "Configuration error: COUNTERVOICE_MASTER_KEY_PREVIOUS must be 32 bytes encoded in base64 (openssl rand -base64 32)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, COUNTERVOICE_MASTER_KEY_PREVIOUS: KEY }, "Configuration error: COUNTERVOICE_MASTER_KEY_PREVIOUS must differ from COUNTERVOICE_MASTER_KEY (it is the key being replaced)"],
    [{ DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, BACKUP_PASSPHRASE: "short" }, "Configuration error: BACKUP_PASSPHRASE must be at least 16 characters"],
    [{ MIGRATION_DATABASE_URL: "postgres://owner@h/db" }, "Configuration error: MIGRATION_DATABASE_URL needs DATABASE_URL"],
    [{ DATABASE_URL: "postgres://app@h/db", MIGRATION_DATABASE_URL: "postgres://owner@h/other", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: MIGRATION_DATABASE_URL must name the same database as DATABASE_URL"],
    [{ DATABASE_URL: "postgres://app@h/db", MIGRATION_DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL"],
    [{ NODE_ENV: "production", DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY }, "Configuration error: NEXTAUTH_URL must be the public https:// address in production"],
    [{ NODE_ENV: "production", DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, NEXTAUTH_URL: "http://cv.example.org" }, "Configuration error: NEXTAUTH_URL must be the public https:// address in production"],
  ])("stops with one line naming the variable: %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("accepts https, or a local address, as the public address of a production deployment", () => {
    const base = { NODE_ENV: "production", DATABASE_URL: "postgres://h/db", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY };
    expect(parseEnv({ ...base, NEXTAUTH_URL: "https://cv.example.org" }).NEXTAUTH_URL).toBe("https://cv.example.org");
    expect(parseEnv({ ...base, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
  });

  it("reads the staff idle limit in whole minutes, 30 by default, and names a bad value", () => {
    expect(parseEnv({}).SESSION_IDLE_MINUTES).toBe(30);
    expect(parseEnv({ SESSION_IDLE_MINUTES: "" }).SESSION_IDLE_MINUTES).toBe(30);
    expect(parseEnv({ SESSION_IDLE_MINUTES: "15" }).SESSION_IDLE_MINUTES).toBe(15);
    for (const bad of ["0", "-5", "2.5", "ten", "721"]) expect(() => parseEnv({ SESSION_IDLE_MINUTES: bad })).toThrow("SESSION_IDLE_MINUTES");
  });

  it("reads the portal, PDF and sign-in limits as positive whole numbers with defaults, and names a bad value", () => {
    expect(parseEnv({})).toMatchObject({
      PORTAL_DOWNLOADS_PER_MINUTE_PER_USER: 60,
      PORTAL_DOWNLOADS_PER_MINUTE_PER_ORG: 300,
      PORTAL_PREVIEWS_PER_MINUTE_PER_USER: 300,
      PORTAL_PREVIEWS_PER_MINUTE_PER_ORG: 1500,
      PORTAL_KITS_PER_MINUTE_PER_USER: 5,
      PORTAL_KITS_PER_MINUTE_PER_ORG: 20,
      PDF_MAX_PAGES: 50,
      PDF_RENDER_SECONDS: 5,
      PDF_RENDER_CONCURRENCY: 2,
      SIGN_IN_FAILURES_PER_ADDRESS: 50,
    });
    expect(parseEnv({ PORTAL_KITS_PER_MINUTE_PER_USER: "12", PDF_MAX_PAGES: "" })).toMatchObject({ PORTAL_KITS_PER_MINUTE_PER_USER: 12, PDF_MAX_PAGES: 50 });
    for (const bad of ["0", "-1", "1.5", "lots"]) expect(() => parseEnv({ PORTAL_DOWNLOADS_PER_MINUTE_PER_USER: bad })).toThrow("PORTAL_DOWNLOADS_PER_MINUTE_PER_USER");
    expect(() => parseEnv({ PDF_RENDER_CONCURRENCY: "65" })).toThrow("PDF_RENDER_CONCURRENCY");
  });

  it("accepts a complete PostgreSQL configuration", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/cv", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY, PORT: "8080" });
    expect(env).toMatchObject({ PORT: 8080, DATABASE_URL: "postgresql://u:p@db:5432/cv" });
  });

  it("accepts a separate owner role for migrations", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://app@db/cv", MIGRATION_DATABASE_URL: "postgresql://owner@db/cv", NEXTAUTH_SECRET: SECRET, COUNTERVOICE_MASTER_KEY: KEY });
    expect(env.MIGRATION_DATABASE_URL).toBe("postgresql://owner@db/cv");
  });
});

describe("storage configuration", () => {
  it("defaults to the local driver and asks for the bucket and credentials with s3, never echoing a value", () => {
    expect(parseEnv({}).STORAGE_DRIVER).toBe("local");
    expect(() => parseEnv({ STORAGE_DRIVER: "s3", S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "hunter2-secret" })).toThrow("Configuration error: S3_BUCKET is required when STORAGE_DRIVER=s3");
    expect(() => parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "media", S3_ACCESS_KEY_ID: "AKIA" })).toThrow("Configuration error: S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3");
    expect(() => parseEnv({ STORAGE_DRIVER: "gcs" })).toThrow("Configuration error: STORAGE_DRIVER must be local or s3");
    const error = (() => {
      try {
        parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "Not A Bucket", S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "hunter2-secret" });
      } catch (e) {
        return String(e);
      }
    })();
    expect(error).toMatch(/S3_BUCKET must be a bucket name/);
    expect(error).not.toContain("hunter2");
    const s3 = parseEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "media", S3_ACCESS_KEY_ID: "AKIA", S3_SECRET_ACCESS_KEY: "x", S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "1" });
    expect(s3).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: "1" });
  });
});
