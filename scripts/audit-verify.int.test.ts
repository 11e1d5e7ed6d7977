import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { rid } from "@/tests/support/factories";
import { ownerDatabaseUrl } from "@/tests/support/worker-database";

const dir = mkdtempSync(path.join(os.tmpdir(), "audit-verify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function auditVerify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/audit-verify.ts", ...args],
      { env: { ...process.env, LOG_LEVEL: "info", COUNTERVOICE_EMBEDDED_URL: "" } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function asSuperuserWithoutTriggers(sql: string, params: unknown[]) {
  const owner = new pg.Client({ connectionString: ownerDatabaseUrl() });
  await owner.connect();
  await owner.query("BEGIN");
  await owner.query("SET LOCAL session_replication_role = replica");
  await owner.query(sql, params);
  await owner.query("COMMIT");
  await owner.end();
}

async function appendEvents(count: number) {
  for (let n = 0; n < count; n++) await recordAuditEvent(db(), { actor: null, action: "auth.sign-in-failed", requestId: rid(), details: { n } });
  return db().auditEvent.findMany({ orderBy: { sequence: "asc" } });
}

describe("npm run audit:verify", () => {
  it("passes an intact chain, logs its head and exports it to a file", async () => {
    const events = await appendEvents(3);
    const file = path.join(dir, "head.json");
    const result = await auditVerify("--head", "--export-head", file);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("Audit chain intact: 3 events.");
    expect(result.stdout).toMatch(/"event":"audit.chain-head".*"sequence":3/);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ kind: "countervoice-audit-chain-head", sequence: 3, hash: events[2]!.hash });
    expect(await auditVerify("--expect-head", file)).toMatchObject({ code: 0 });
  });

  it("fails, naming the row, after a superuser alters it", async () => {
    const events = await appendEvents(4);
    await asSuperuserWithoutTriggers(`UPDATE "AuditEvent" SET "details" = '{"n": 99}' WHERE "id" = $1`, [events[1]!.id]);
    const result = await auditVerify();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Audit chain BROKEN at sequence 2 (event ${events[1]!.id}): its content does not match its hash`);
  });

  it("fails when the chain no longer holds an exported head", async () => {
    await appendEvents(3);
    const file = path.join(dir, "head-before-cut.json");
    expect(await auditVerify("--export-head", file)).toMatchObject({ code: 0 });
    await asSuperuserWithoutTriggers(`DELETE FROM "AuditEvent" WHERE "sequence" = 3`, []);
    const result = await auditVerify("--expect-head", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the chain ends at sequence 2, before the exported head");
  });

  it("refuses a head file it cannot read", async () => {
    const result = await auditVerify("--expect-head", path.join(dir, "missing.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read");
  });
});
