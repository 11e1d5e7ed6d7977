import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { countSeedSources } from "@/lib/demo/large/seed-sources";
import { countSeedAuditEvents } from "@/lib/demo/large/seed-audit";
import { hashToken } from "@/lib/partner-api/token-secret";
import { openTotpSecret } from "@/lib/auth/two-factor/totp-secret-box";

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
  // One test, four runs: each run pays for tsx and `prisma migrate deploy` (most of its time),
  // so the refusal, the resume, the idempotent re-run and the API token share them.
  it("refuses a database with a real person's account unless --force, tops each kind up to its target, resumes a partial run, changes nothing when run again, issues a partner API token and a second factor for the staff when asked, and leaves a verifiable audit chain", { timeout: 900_000 }, async () => {
    await db().user.create({ data: { email: "someone@example.org", name: "Someone", role: "ADMIN" } });
    const refused = await seedLarge(...TINY, "--api-token");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("1 account(s) outside @demo.test and @seed.test");
    expect(refused.stdout).not.toContain("cvp_");
    expect(await db().user.count()).toBe(1);
    expect(await db().auditEvent.count()).toBe(0);

    // a run stopped part-way leaves whole batches; a partial run is the same state
    const partial = await seedLarge("--sources", "2", "--testimonies", "2", "--items", "20", "--audit", "70", "--force");
    expect(partial.stderr).not.toContain("seed:large");
    expect(partial.code).toBe(0);
    expect(partial.stdout).not.toContain("cvp_");
    expect(await db().partnerApiToken.count()).toBe(0);
    expect(await totals()).toMatchObject({ sources: 2, testimonies: 2, items: 20, audit: 70 });

    const tokenFile = path.join(await mkdtemp(path.join(tmpdir(), "seed-large-")), "token");
    const full = await seedLarge(...TINY, "--force", "--api-token-file", tokenFile);
    expect(full.code).toBe(0);
    expect(full.stdout).toMatch(/^sources\s+2\s+1\s/m);
    expect(full.stdout).toMatch(/^audit\s+70\s+130\s/m);
    expect(full.stdout).toMatch(/Elapsed: \d/);
    expect(full.stdout).not.toContain("cvp_");
    const fromFile = (await readFile(tokenFile, "utf8")).trim();
    const after = await totals();
    expect(after).toMatchObject({ sources: 3, testimonies: 6, items: 50, audit: 200 });
    expect(after.indexRows).toBeGreaterThan(3);
    expect(after.versions).toBeGreaterThanOrEqual(50);
    expect(new Set((await db().contentItem.findMany({ select: { state: true } })).map((i) => i.state)).size).toBeGreaterThan(3);

    const totpFile = path.join(path.dirname(tokenFile), "totp");
    const again = await seedLarge(...TINY, "--force", "--api-token", "--totp-secret-file", totpFile);
    expect(again.code).toBe(0);
    const printed = again.stdout.match(/cvp_[A-Za-z0-9_-]+/g) ?? [];
    expect(printed).toHaveLength(1);
    const fromStdout = printed[0] ?? "";
    expect(await totals()).toEqual(after);

    // both tokens belong to the first seed organisation, which partner1@seed.test signs in to
    const tokens = await db().partnerApiToken.findMany({ select: { tokenHash: true, revokedAt: true, partnerOrg: { select: { name: true } } } });
    expect(tokens.map((t) => t.tokenHash).sort()).toEqual([hashToken(fromFile), hashToken(fromStdout)].sort());
    expect(tokens.every((t) => t.partnerOrg.name === "Seed Partner 01" && t.revokedAt === null)).toBe(true);
    const partner1 = await db().user.findUniqueOrThrow({ where: { email: "partner1@seed.test" }, select: { partnerOrg: { select: { name: true } } } });
    expect(partner1.partnerOrg?.name).toBe("Seed Partner 01");

    // every seed staff account has the second factor whose secret the file holds; partners none
    const secret = (await readFile(totpFile, "utf8")).trim();
    const staff = await db().user.findMany({ where: { email: { endsWith: "@seed.test" } }, select: { id: true, role: true, totpSecretEnc: true, totpEnabledAt: true } });
    for (const user of staff) {
      if (user.role === "PARTNER") expect(user.totpEnabledAt).toBeNull();
      else expect(user.totpSecretEnc && openTotpSecret(user.id, user.totpSecretEnc)).toBe(secret);
    }
    expect(again.stdout).not.toContain(secret);

    const chain = await verifyAuditChain(db());
    expect(chain.ok).toBe(true);
    expect(chain.events).toBeGreaterThanOrEqual(200);
  });

  it("refuses bad numbers with a usage line", async () => {
    const result = await seedLarge("--items", "lots");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--items must be a whole number from 0 to 10,000,000 (got "lots")');
  });
});
