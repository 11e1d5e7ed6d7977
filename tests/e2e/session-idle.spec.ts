// The idle limit signs a person out. The harness runs one server for every journey, so
// this spec cannot give it a short SESSION_IDLE_MINUTES; instead it ages its own
// session's last activity where the server keeps it (the UserSession row, through the
// embedded database's socket in the run's data directory), and reloads.
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

async function ageNewestSessionOf(email: string) {
  const dataDir = path.resolve(process.env.E2E_DATA_DIR!);
  const client = new pg.Client({ host: dataDir, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    // Only the session this test just opened: the stored sessions other journeys reuse stay untouched.
    const updated = await client.query(
      `UPDATE "UserSession" SET "lastSeenAt" = now() - interval '1 day'
        WHERE id = (SELECT s.id FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
                     WHERE u.email = $1 AND s."endedAt" IS NULL ORDER BY s."createdAt" DESC LIMIT 1)`,
      [email],
    );
    expect(updated.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

test.use({ storageState: { cookies: [], origins: [] } });

test("a staff member idle past the limit is signed out on their next click, and told why", async ({ page }) => {
  await signIn(page, "reviewer2@demo.test");
  await page.goto("/dashboard");
  await expect(page.getByTestId("current-user")).toHaveText("Rosa Reviewer");

  await ageNewestSessionOf("reviewer2@demo.test");
  await page.getByRole("link", { name: "Content", exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await expect(page.getByTestId("session-ended")).toHaveText(/signed out after \d+ minutes without activity/);
  // Ended for good: going back does not revive it.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin$/);
});
