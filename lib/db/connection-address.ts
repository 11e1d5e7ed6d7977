// Host, port, role and database a postgres:// URL names. Pure: lib/env.ts validates with it.
export type ConnectionAddress = { host: string; port: number; user: string; password?: string; database: string };

export function connectionAddressOf(url: string): ConnectionAddress {
  const parsed = new URL(url);
  // `?host=/dir` selects a Unix socket directory (the embedded launcher's socket).
  const socketDir = parsed.searchParams.get("host");
  return {
    host: socketDir || parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
  };
}

/** Host, port and database a URL names: an owner's URL and the app's must agree on it. */
export function databaseOf(url: string): string {
  const { host, port, database } = connectionAddressOf(url);
  return `${host}:${port}/${database}`;
}
