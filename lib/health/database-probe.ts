// Whether the database answers, asked on a connection of the probe's own. Through the app's
// pool the probe would queue behind every request at 50 connections and a busy but healthy
// instance would be reported dead, and taken out of rotation, exactly when it is needed.
// Concurrent probes share one query, and an answer stands for a second.
import { Pool } from "pg";
import { db } from "@/lib/db/client";
import { poolConfigFromUrl } from "@/lib/db/cli-connection";
import { env } from "@/lib/env";

const ANSWER_WITHIN_MS = 3_000;
const ANSWER_STANDS_MS = 1_000;

let probePool: Pool | null = null;
let inFlight: Promise<boolean> | null = null;
let last: { reachable: boolean; at: number } | null = null;

function selectOne(): Promise<unknown> {
  const url = env().DATABASE_URL;
  // The embedded database serves one connection at a time: a second one would queue the same.
  if (!url) return db().$queryRaw`SELECT 1`;
  probePool ??= new Pool({ ...poolConfigFromUrl(url, 1), connectionTimeoutMillis: ANSWER_WITHIN_MS, statement_timeout: ANSWER_WITHIN_MS, idleTimeoutMillis: 60_000 });
  return probePool.query("SELECT 1");
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([selectOne(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), ANSWER_WITHIN_MS)))]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function databaseAnswers(now = Date.now()): Promise<boolean> {
  if (last && now - last.at < ANSWER_STANDS_MS) return last.reachable;
  inFlight ??= probe().then((reachable) => {
    last = { reachable, at: Date.now() };
    inFlight = null;
    return reachable;
  });
  return inFlight;
}
