import { databaseMode } from "@/lib/env";
import { databaseAnswers } from "./database-probe";

export type Health =
  | { status: "ok"; database: "postgresql" | "pglite" }
  | { status: "unavailable"; database: "postgresql" | "pglite"; reason: string };

export async function checkHealth(): Promise<Health> {
  const database = databaseMode();
  if (await databaseAnswers()) return { status: "ok", database };
  return { status: "unavailable", database, reason: "database did not answer within 3 s" };
}
