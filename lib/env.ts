// The one place that reads process.env. Parsed once by a zod schema; a missing
// or malformed variable stops the process with one line that names it.
import { z } from "zod";
import { databaseOf } from "@/lib/db/connection-address";
import { isSslMode, SSL_MODES } from "@/lib/db/tls/libpq-tls-plan";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\/.+/.test(v), "must be a postgres:// or postgresql:// URL")
  .refine((v) => {
    const mode = URL.canParse(v) ? new URL(v).searchParams.get("sslmode") : null;
    return mode === null || isSslMode(mode);
  }, `has an invalid sslmode (one of ${SSL_MODES.join(", ")})`);

const masterKey = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes encoded in base64 (openssl rand -base64 32)");

/** A positive whole number from the environment, or its default when unset or blank. */
const count = (fallback: number, max: number) => z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(max).default(fallback));

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional(postgresUrl),
    // The role that owns the schema and runs migrations; DATABASE_URL's role then only
    // gets what the app needs (no UPDATE, DELETE or TRUNCATE on the audit trail).
    // Unset: migrations run as DATABASE_URL's role, and only the audit table's triggers
    // (which an owner can disable) stand between the app and the audit trail.
    MIGRATION_DATABASE_URL: optional(postgresUrl),
    // Set by the embedded launcher for the processes it starts; not for users.
    COUNTERVOICE_EMBEDDED_URL: optional(postgresUrl),
    DATA_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("./data")),
    PORT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(65535).default(3000)),
    // The interface to listen on. Unset: 127.0.0.1 in embedded mode (a demo is not a
    // service), every interface with PostgreSQL (behind a load balancer).
    HOST: optional(z.string().max(255).regex(/^[\w.:-]+$/, "must be a host name or an IP address such as 0.0.0.0")),
    // Embedded mode: 0 starts on an empty database with no demo accounts, and asks for a first admin.
    COUNTERVOICE_DEMO: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"], "must be 0 or 1").default("1")),
    NEXTAUTH_URL: optional(z.url("must be a URL such as https://countervoice.example.org")),
    NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)")),
    COUNTERVOICE_MASTER_KEY: optional(masterKey),
    // Only during a key rotation (npm run keys:rotate): the master key being replaced.
    COUNTERVOICE_MASTER_KEY_PREVIOUS: optional(masterKey),
    // Embedded mode: where the generated master key is kept, outside the data directory.
    COUNTERVOICE_KEY_DIR: optional(z.string()),
    // Encrypts backups instead of a key derived from the master key (lib/backup).
    BACKUP_PASSPHRASE: optional(z.string().min(16, "must be at least 16 characters")),
    LOG_LEVEL: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["debug", "info", "warn", "error"]).default("info")),
    // Partner API requests per token per minute, counted in the database (lib/partner-api/rate-limit.ts).
    PARTNER_API_RATE_LIMIT: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(120)),
    // Portal requests per minute, per partner user and per organisation, counted in the database
    // beside the API's (lib/delivery/portal-rate-limit.ts). Far above what a person clicks.
    PORTAL_DOWNLOADS_PER_MINUTE_PER_USER: count(60, 100_000),
    PORTAL_DOWNLOADS_PER_MINUTE_PER_ORG: count(300, 1_000_000),
    // A preview is an item's page or one of its images as the page shows it.
    PORTAL_PREVIEWS_PER_MINUTE_PER_USER: count(300, 100_000),
    PORTAL_PREVIEWS_PER_MINUTE_PER_ORG: count(1500, 1_000_000),
    PORTAL_KITS_PER_MINUTE_PER_USER: count(5, 10_000),
    PORTAL_KITS_PER_MINUTE_PER_ORG: count(20, 100_000),
    // Each PDF's budget, and how many render at once in one instance (lib/delivery/pdf-budget.ts).
    PDF_MAX_PAGES: count(50, 10_000),
    PDF_RENDER_SECONDS: count(5, 600),
    PDF_RENDER_CONCURRENCY: count(2, 64),
    // Failed sign-ins from one client address per 15 minutes, across accounts (lib/auth/sign-in-throttle.ts).
    SIGN_IN_FAILURES_PER_ADDRESS: count(50, 100_000),
    // Staff sessions end after this many minutes without a request (lib/auth/session-lifetimes.ts).
    // Email notices (lib/notices/email). Unset: no email is sent, and each place that would
    // send one says so. smtp:// (STARTTLS when offered) or smtps://, credentials in the URL.
    SMTP_URL: optional(z.string().refine((v) => /^smtps?:\/\/[^\s]+$/.test(v) && URL.canParse(v), "must be an smtp:// or smtps:// URL such as smtps://user:pass@mail.example.org:465")),
    MAIL_FROM: optional(z.string().max(320).regex(/^[^\r\n]+@[^\r\n]+$/, "must be an address such as Countervoice <notices@example.org>")),
    // Set by the embedded launcher when it runs the demo's local mail catcher (scripts/support/mail-catcher.ts).
    MAIL_CATCHER_DIR: optional(z.string()),
    // Partner webhooks (lib/notices/webhooks): 1 lets an endpoint be http:// or a private,
    // loopback or link-local address. Only for a local test receiver (the e2e/demo launcher);
    // on a real server a webhook could otherwise reach internal services.
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"], "must be 0 or 1").default("0")),
    // Hours a partner organisation has to confirm it removed a withdrawn item (lib/takedowns).
    TAKEDOWN_DEADLINE_HOURS: count(72, 24 * 365),
    // PostgreSQL pool and time limits, per instance (lib/db/pool-settings.ts; README "Overload").
    DATABASE_POOL_SIZE: count(10, 500),
    DATABASE_POOL_WAIT_MS: count(5_000, 600_000),
    TRANSACTION_TIMEOUT_MS: count(30_000, 3_600_000),
    // 0 turns the limit off (a one-off script's long batch); the app's requests keep it.
    STATEMENT_TIMEOUT_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(3_600_000).default(30_000)),
    // Admission control for the heaviest requests (PDFs, kits, exports), per instance (lib/http/admission-gate.ts).
    HEAVY_REQUESTS_AT_ONCE: count(4, 1_000),
    HEAVY_REQUEST_WAIT_MS: count(5_000, 600_000),
    // 0: a web-only instance, which queues background jobs but never runs them (README "Several instances").
    // The pseudo-locale (en-XA: accented, lengthened English) shows any interface string not
    // taken from the catalogues. Offered in development, and where tests switch it on.
    PSEUDO_LOCALE: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"], "must be 0 or 1").optional()),
    JOB_WORKERS: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"], "must be 0 or 1").default("1")),
    // Where testimony media and content images are kept (lib/storage). local: files under
    // STORAGE_DIR (default DATA_DIR/blobs); s3: an S3-compatible bucket (S3_* below).
    STORAGE_DRIVER: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["local", "s3"], "must be local or s3").default("local")),
    STORAGE_DIR: optional(z.string()),
    S3_ENDPOINT: optional(z.url("must be a URL such as https://s3.eu-central-1.amazonaws.com")),
    S3_BUCKET: optional(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name (3-63 lowercase letters, digits, dots, hyphens)")),
    S3_REGION: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).default("us-east-1")),
    S3_ACCESS_KEY_ID: optional(z.string().min(1)),
    S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
    // 1 for MinIO and most self-hosted servers (bucket in the path, not the host name).
    S3_FORCE_PATH_STYLE: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"], "must be 0 or 1").default("0")),
    SESSION_IDLE_MINUTES: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(720).default(30)),
    // Above this many characters a transcript's identifiers are found by a background job
    // (lib/redaction/detect-in-background.ts) and the workspace shows its progress meanwhile.
    DETECT_IN_BACKGROUND_ABOVE_CHARS: count(100_000, 100_000_000),
  })
  .superRefine((env, ctx) => {
    const embedded = !env.DATABASE_URL;
    if (embedded && env.MIGRATION_DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["MIGRATION_DATABASE_URL"], message: "needs DATABASE_URL (it is the owner role of that PostgreSQL database)" });
      return;
    }
    if (env.DATABASE_URL && env.MIGRATION_DATABASE_URL && databaseOf(env.DATABASE_URL) !== databaseOf(env.MIGRATION_DATABASE_URL)) {
      ctx.addIssue({ code: "custom", path: ["MIGRATION_DATABASE_URL"], message: "must name the same database as DATABASE_URL (only the role differs)" });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set (the sender address of every notice)" });
    }
    if (env.STORAGE_DRIVER === "s3") {
      // Names only: the values (a secret among them) never reach a message.
      for (const key of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when STORAGE_DRIVER=s3" });
      }
    }
    if (embedded && !env.COUNTERVOICE_EMBEDDED_URL) return; // the launcher itself, before it generates secrets
    for (const key of ["NEXTAUTH_SECRET", "COUNTERVOICE_MASTER_KEY"] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: embedded ? "missing: start the embedded app with `npm start`" : "required when DATABASE_URL is set (PostgreSQL mode)",
        });
      }
    }
    if (env.COUNTERVOICE_MASTER_KEY_PREVIOUS) {
      if (!env.COUNTERVOICE_MASTER_KEY) {
        ctx.addIssue({ code: "custom", path: ["COUNTERVOICE_MASTER_KEY_PREVIOUS"], message: "is set without COUNTERVOICE_MASTER_KEY (the new key)" });
      } else if (Buffer.from(env.COUNTERVOICE_MASTER_KEY_PREVIOUS, "base64").equals(Buffer.from(env.COUNTERVOICE_MASTER_KEY, "base64"))) {
        ctx.addIssue({ code: "custom", path: ["COUNTERVOICE_MASTER_KEY_PREVIOUS"], message: "must differ from COUNTERVOICE_MASTER_KEY (it is the key being replaced)" });
      }
    }
    // In production the public address must be https: session cookies are then marked
    // Secure, and invitation links never follow a Host header an attacker can set.
    if (!embedded && env.NODE_ENV === "production") {
      const url = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null;
      const local = url !== null && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
      if (!url || (url.protocol !== "https:" && !local)) {
        ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "must be the public https:// address in production (PostgreSQL mode)" });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export class ConfigurationError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") || "environment";
    throw new ConfigurationError(`Configuration error: ${name} ${issue?.message ?? "is invalid"}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For the embedded launcher, after it adds the socket URL and generated secrets. */
export function reloadEnv(): Env {
  cached = parseEnv(process.env);
  return cached;
}

export function databaseMode(e: Env = env()): "postgresql" | "pglite" {
  return e.DATABASE_URL ? "postgresql" : "pglite";
}

/** The embedded database seeded with the invented demo data and its public password and token. */
export function demoMode(e: Env = env()): boolean {
  return databaseMode(e) === "pglite" && e.COUNTERVOICE_DEMO === "1";
}

/**
 * True in code that Next.js compiled (next build / next dev), false when the source runs
 * directly (Vitest, tsx scripts). Next.js replaces process.env.NEXT_RUNTIME at build time;
 * code that starts a worker thread needs to know whether the bundler compiled its entry.
 */
export function compiledByNext(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}
