// Each integration test starts from empty tables in the run's own database.
import { randomBytes } from "node:crypto";
import { beforeEach, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
process.env.COUNTERVOICE_MASTER_KEY ??= randomBytes(32).toString("base64");
process.env.LOG_LEVEL = "error";

beforeEach(async () => {
  const { db } = await import("@/lib/db/client");
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    await db().$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
});
