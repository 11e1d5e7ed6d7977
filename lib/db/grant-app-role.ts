// After migrations, the owner role grants the app's role (DATABASE_URL's user) what the app
// needs and nothing more: it reads and writes the app's tables, may only append to the audit
// trail, and only reads the migration history. Run after every migration, so new tables
// are covered. With one role for both (no MIGRATION_DATABASE_URL) there is nothing to grant.
import { clientFor, poolConfigFromUrl } from "./cli-connection";

export function appRoleOf(appUrl: string, ownerUrl: string): string | null {
  const app = decodeURIComponent(new URL(appUrl).username || "postgres");
  const owner = decodeURIComponent(new URL(ownerUrl).username || "postgres");
  return app === owner ? null : app;
}

export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const client = clientFor(poolConfigFromUrl(ownerUrl, 1));
  await client.connect();
  try {
    const role = client.escapeIdentifier(appRole);
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    const database = client.escapeIdentifier(rows[0]!.name);
    await client.query("BEGIN");
    // CREATE on the database: pg-boss keeps its queue in a schema of its own, which it creates and migrates.
    await client.query(`GRANT CONNECT, CREATE ON DATABASE ${database} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // Read-only, so that `npm start` as the app role finds nothing pending and goes on.
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${role}`);
    await client.query(`GRANT SELECT ON "_prisma_migrations" TO ${role}`);
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${role}`);
    await client.query(`GRANT SELECT, INSERT ON "AuditEvent" TO ${role}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
