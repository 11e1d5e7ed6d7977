// Connection settings for the Prisma CLI. Discrete fields rather than a URL:
// the pg adapter's shadow database only honours `database` when no URL is given.
import type { PoolConfig } from "pg";

export function poolConfigFromUrl(url: string, max: number): PoolConfig {
  const parsed = new URL(url);
  // `?host=/dir` selects a Unix socket directory (the embedded launcher's socket).
  const socketDir = parsed.searchParams.get("host");
  return {
    host: socketDir || parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
    ssl: parsed.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max,
  };
}

export function cliConnectionConfig(): PoolConfig {
  // The CLI runs outside the app, so it reads the two variables itself: the
  // socket URL the embedded launcher hands its children (one connection only),
  // or the production URL.
  const embedded = process.env.COUNTERVOICE_EMBEDDED_URL;
  if (embedded) return poolConfigFromUrl(embedded, 1);
  const url = process.env.DATABASE_URL;
  if (!url) return { host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres", max: 1 };
  return poolConfigFromUrl(url, 4);
}

/** Host, port and database a URL names: an owner's URL and the app's must agree on it. */
export function databaseOf(url: string): string {
  const { host, port, database } = poolConfigFromUrl(url, 1);
  return `${host}:${port}/${database}`;
}
