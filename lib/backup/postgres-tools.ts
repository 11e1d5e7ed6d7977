// pg_dump and pg_restore, given the connection through libpq's environment variables (so no
// password appears on a command line), streaming through stdout and stdin.
import { spawn, type ChildProcess } from "node:child_process";
import { connectionAddressOf } from "@/lib/db/connection-address";

export class PostgresToolFailed extends Error {}

function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return libpqVariables(databaseUrl) as NodeJS.ProcessEnv;
}

function libpqVariables(databaseUrl: string): Record<string, string | undefined> {
  const c = connectionAddressOf(databaseUrl);
  // libpq itself reads these exactly as the app does (lib/db/tls/libpq-tls-plan.ts).
  const params = new URL(databaseUrl).searchParams;
  const tls = { PGSSLMODE: "sslmode", PGSSLROOTCERT: "sslrootcert", PGSSLCERT: "sslcert", PGSSLKEY: "sslkey" } as const;
  return {
    PATH: process.env.PATH, // eslint-disable-line no-restricted-properties -- the tools are found on the PATH
    PGHOST: String(c.host),
    PGPORT: String(c.port),
    PGUSER: String(c.user),
    PGDATABASE: String(c.database),
    ...(c.password ? { PGPASSWORD: String(c.password) } : {}),
    ...Object.fromEntries(Object.entries(tls).flatMap(([variable, param]) => (params.has(param) ? [[variable, params.get(param)!]] : []))),
  };
}

function watch(child: ChildProcess, tool: string, onLine?: (line: string) => void): Promise<void> {
  const errors: string[] = [];
  let rest = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    const lines = (rest + text).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      if (/error|fatal/i.test(line)) errors.push(line);
      onLine?.(line);
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new PostgresToolFailed(`${tool} could not be started (${error.message}); install PostgreSQL's client tools (Debian: postgresql-client).`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new PostgresToolFailed(`${tool} failed (exit ${code})${errors.length ? `: ${errors.slice(0, 3).join(" | ")}` : ""}`))));
  });
}

/** pg_dump in its custom format on stdout; `done` settles when it exits. */
export function pgDump(databaseUrl: string, onTable?: (table: string) => void) {
  const child = spawn("pg_dump", ["--format=custom", "--verbose", "--no-password"], { env: libpqEnv(databaseUrl), stdio: ["ignore", "pipe", "pipe"] });
  const done = watch(child, "pg_dump", (line) => {
    const table = /dumping contents of table "?([^"\s]+)"?/.exec(line)?.[1];
    if (table) onTable?.(table);
  });
  return { output: child.stdout!, done };
}

// Every schema of the database is dropped and recreated from the backup, in the same
// transaction as the restore: pg_restore --clean cannot drop pg-boss's partitioned tables.
const EMPTY_DATABASE = `
DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;
`;

/**
 * Restores a custom-format dump read from stdin: pg_restore turns it into SQL and psql runs
 * that, after emptying the database, in one transaction that is committed only once
 * pg_restore has finished cleanly, so the database ends as the backup was or, on any error
 * or a cut-off input, as it was before. Objects are owned by whoever runs it (run it as the
 * owner role that runs migrations); grants are restored as dumped.
 */
export function pgRestore(databaseUrl: string, onLine?: (line: string) => void) {
  const env = libpqEnv(databaseUrl);
  const toSql = spawn("pg_restore", ["--no-owner", "--file=-"], { env, stdio: ["pipe", "pipe", "pipe"] });
  const psql = spawn("psql", ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--no-password"], { env, stdio: ["pipe", "ignore", "pipe"] });
  psql.stdin!.on("error", () => undefined); // psql stopping early is reported by its exit code
  toSql.stdin!.on("error", () => undefined); // so is pg_restore's, once it has read all it needs
  psql.stdin!.write("BEGIN;\n" + EMPTY_DATABASE);
  toSql.stdout!.pipe(psql.stdin!, { end: false });
  const converted = watch(toSql, "pg_restore", onLine);
  // without COMMIT, psql ends its session at end of input and the transaction is rolled back
  converted.then(
    () => psql.stdin!.end("COMMIT;\n"),
    () => psql.stdin!.end(),
  );
  const done = Promise.all([converted, watch(psql, "psql", onLine)]).then(() => undefined);
  return { input: toSql.stdin!, done };
}
