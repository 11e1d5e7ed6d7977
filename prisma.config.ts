// Prisma CLI configuration: the WebAssembly schema engine over the `pg` driver
// adapter, so migrations run offline against PostgreSQL and, through the
// launcher's socket, against the embedded PGlite database (see shared/STACK.md).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { cliConnectionConfig, clientFor, type ConnectionConfig } from "./lib/db/cli-connection";
import { patchCatalogTypesForAdapter } from "./lib/db/cli-pg-patch";

patchCatalogTypesForAdapter(pg);

const connection = cliConnectionConfig();
// The schema names DATABASE_URL; when it is unset (e.g. `prisma generate` on a
// fresh clone) the CLI abandons the JS engine and tries to download a native one.
// The adapter above decides where to connect; this value is never used.
process.env.DATABASE_URL ||= "postgresql://unused@localhost/unused";

type ScriptRunner = { executeScript(script: string): Promise<void> };

// The stock adapter splits a migration script at every ";", which cuts a function body
// ($$ … $$) apart. PostgreSQL's simple query protocol takes the whole script at once and
// runs it as one transaction, as Prisma's native engine does.
function runScriptsWhole<T extends ScriptRunner>(adapter: T): T {
  const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly base: ConnectionConfig) {
    super(base);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  // The stock factory points its shadow pool at the main database (the URL wins)
  // and drops the shadow database before closing that pool; do both properly.
  override async connectToShadowDb() {
    const admin = clientFor({ ...this.base, database: this.base.database ?? "postgres" });
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.base, database }).connect());
    const originalDispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await originalDispose();
      const dropper = clientFor({ ...this.base, database: this.base.database ?? "postgres" });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new MigrationAdapterFactory(connection);
  },
});
