import { db } from "@/lib/db/client";
import { databaseMode } from "@/lib/env";

export type Health =
  | { status: "ok"; database: "postgresql" | "pglite" }
  | { status: "unavailable"; database: "postgresql" | "pglite"; reason: string };

export async function checkHealth(): Promise<Health> {
  const database = databaseMode();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return { status: "ok", database };
  } catch (error) {
    const reason = error instanceof Error && error.message === "timeout" ? "database did not answer within 3 s" : "database unreachable";
    return { status: "unavailable", database, reason };
  }
}
