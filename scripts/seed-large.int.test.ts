import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { countSeedSources } from "@/lib/demo/large/seed-sources";
import { countSeedAuditEvents } from "@/lib/demo/large/seed-audit";

function seedLarge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/seed-large.ts", ...args],
      { env: { ...process.env, COUNTERVOICE_EMBEDDED_URL: "" }, timeout: 600_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const TINY = ["--sources", "3", "--testimonies", "6", "--items", "50", "--audit", "200"];

async function totals() {
  return {
    sources: await countSeedSources(),
    testimonies: await db().testimony.count(),
    items: await db().contentItem.count(),
    audit: await countSeedAuditEvents(),
    indexRows: await db().identifierIndexEntry.count(),
    versions: await db().contentVersion.count(),
    downloads: await db().download.count(),
  };
}

describe("npm run seed:large", () => {
  it("tops each kind up to its target, resumes a partial run, changes nothing when run again, and leaves a verifiable audit chain", { timeout: 900_000 }, async () => {
    // a run stopped part-way leaves whole batches; a partial run is the same state
    const partial = await seedLarge("--sources", "2", "--testimonies", "2", "--items", "20", "--audit", "70");
    expect(partial.stderr).not.toContain("seed:large");
    expect(partial.code).toBe(0);
    expect(await totals()).toMatchObject({ sources: 2, testimonies: 2, items: 20, audit: 70 });

    const full = await seedLarge(...TINY);
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(/^sources\s+2\s+1\s/m);
    expect(full.stdout).toMatch(/^audit\s+70\s+130\s/m);
    expect(full.stdout).toMatch(/Elapsed: \d/);
    const after = await totals();
    expect(after).toMatchObject({ sources: 3, testimonies: 6, items: 50, audit: 200 });
    expect(after.indexRows).toBeGreaterThan(3);
    expect(after.versions).toBeGreaterThanOrEqual(50);
    expect(new Set((await db().contentItem.findMany({ select: { state: true } })).map((i) => i.state)).size).toBeGreaterThan(3);

    const again = await seedLarge(...TINY);
    expect(again.code).toBe(0);
    expect(await totals()).toEqual(after);

    const chain = await verifyAuditChain(db());
    expect(chain.ok).toBe(true);
    expect(chain.events).toBeGreaterThanOrEqual(200);
  });

  it("refuses a database with a real person's account, writing nothing, unless --force", { timeout: 600_000 }, async () => {
    await db().user.create({ data: { email: "someone@example.org", name: "Someone", role: "ADMIN" } });
    const refused = await seedLarge(...TINY);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("1 account(s) outside @demo.test and @seed.test");
    expect(await db().user.count()).toBe(1);
    expect(await db().auditEvent.count()).toBe(0);

    const forced = await seedLarge("--sources", "1", "--testimonies", "1", "--items", "2", "--audit", "3", "--force");
    expect(forced.code).toBe(0);
    expect(await countSeedAuditEvents()).toBe(3);
  });

  it("refuses bad numbers with a usage line", async () => {
    const result = await seedLarge("--items", "lots");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--items must be a whole number from 0 to 10,000,000 (got "lots")');
  });
});
