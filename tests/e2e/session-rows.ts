// Ages a session the way time would, where the server keeps it: the UserSession row in
// the run's embedded database, reached through its socket in the data directory. The
// harness runs one server for every journey, so a spec cannot give it short limits.
import path from "node:path";
import pg from "pg";
import { expect } from "@playwright/test";

type Column = "lastSeenAt" | "reauthAt";

/** Moves `column` of the newest open session of `email` back by `minutes`; other sessions stay untouched. */
export async function ageNewestSessionOf(email: string, column: Column, minutes: number) {
  const dataDir = path.resolve(process.env.E2E_DATA_DIR!);
  const client = new pg.Client({ host: dataDir, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    const updated = await client.query(
      `UPDATE "UserSession" SET "${column}" = now() - make_interval(mins => $2)
        WHERE id = (SELECT s.id FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
                     WHERE u.email = $1 AND s."endedAt" IS NULL ORDER BY s."createdAt" DESC LIMIT 1)`,
      [email, minutes],
    );
    expect(updated.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}
