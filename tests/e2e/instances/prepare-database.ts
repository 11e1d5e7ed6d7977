// Run by several-instances.spec.ts (with tsx --conditions=react-server, NODE_ENV=test so the
// demo's public partner token may be made on PostgreSQL): migrates the
// PostgreSQL database named by DATABASE_URL and seeds it with the demo's fictional data.
import { applyMigrations } from "@/lib/db/migrate";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed-demo";
import { stopJobWorkers } from "@/lib/jobs/job-queue";

async function main() {
  await applyMigrations(process.env);
  await seedDemo();
  await stopJobWorkers();
  await db().$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
