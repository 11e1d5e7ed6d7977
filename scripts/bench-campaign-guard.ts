// npm run bench:campaign-guard [-- --sources 2000] [-- --runs 30]
// What does checking campaign text just before delivery add to a partner's request? Creates a
// scratch database on the local PostgreSQL (TEST_POSTGRES_URL, local hosts only), fills it
// with synthetic sources and their dictionaries and 100 shared campaigns written from the clean
// corpus (English and Arabic counter-narrative paragraphs that name nobody), then times the
// delivery-time check (withholdLeakingCampaigns) for a portal page (10 campaigns), an API
// page (100) and one kit (name, objective, file name, README heading, manifest), next to the
// listing query it follows. Prints milliseconds; no assertions. Drops the database at the end.
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { cleanParagraphs } from "@/lib/leak-guard/testing/clean-corpus";
import { syntheticSources } from "@/lib/leak-guard/testing/synthetic-sources";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const SOURCES = option("sources", 2000);
const RUNS = option("runs", 30);

const CAMPAIGNS = 100;
// Names and objectives from the clean corpus; the longest objective the form allows is timed too.
const PARAGRAPHS = cleanParagraphs().map((p) => p.text);
const campaignText = (i: number) => ({
  name: PARAGRAPHS[(i + 37) % PARAGRAPHS.length]!.split(/\s+/).slice(0, 6).join(" ").slice(0, 160),
  objective: PARAGRAPHS[i % PARAGRAPHS.length]!.slice(0, 4000),
});
const LONG_OBJECTIVE = PARAGRAPHS.join("\n\n").slice(0, 4000);

async function scratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  const host = new URL(server).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`Refusing a non-local database host (${host}).`);
  const name = `countervoice_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    },
  };
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

async function timed(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function main() {
  const scratch = await scratchDatabase();
  try {
    await applyMigrations({ ...process.env, DATABASE_URL: scratch.url, MIGRATION_DATABASE_URL: "", COUNTERVOICE_EMBEDDED_URL: "" });
    // The app reads its configuration once (lib/env.ts); the bench hands it a scratch one.
    process.env.DATABASE_URL = scratch.url;
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64");
    process.env.COUNTERVOICE_MASTER_KEY ??= randomBytes(32).toString("base64");
    process.env.LOG_LEVEL = "error";
    const { db } = await import("@/lib/db/client");
    const { newWrappedDataKey, sourceCipher } = await import("@/lib/crypto/source-keys");
    const { rebuildStaleIndexes } = await import("@/lib/leak-guard/identifier-index/source-index");
    const { withholdLeakingCampaigns } = await import("@/lib/delivery/withhold-leaking-campaigns");
    const { kitCampaignForms } = await import("@/lib/delivery/kit-campaign-text");
    const { campaignsSharedWith } = await import("@/lib/delivery/partner-items");

    const editor = await db().user.create({ data: { email: "bench-editor@bench.invalid", name: "Bench", role: "EDITOR" } });
    const org = await db().partnerOrganization.create({ data: { name: "Bench Partner" } });
    let entries = 0;
    for (const [i, synthetic] of syntheticSources(SOURCES, 7).entries()) {
      const id = randomUUID();
      const wrappedKey = newWrappedDataKey(id);
      const cipher = sourceCipher({ id, wrappedKey });
      await db().source.create({ data: { id, code: `S-${String(i + 1).padStart(5, "0")}`, riskLevel: "HIGH", handlingEditorId: editor.id, wrappedKey, realNameEnc: cipher.sealText("source:realName", synthetic.realName) } });
      const rows = synthetic.entries.map((entry) => {
        const entryId = randomUUID();
        return { id: entryId, sourceId: id, entryEnc: cipher.sealJson(`dictionary:${entryId}`, { text: entry.text, type: entry.type, variants: entry.variants ?? [] }) };
      });
      await db().dictionaryEntry.createMany({ data: rows });
      entries += rows.length;
    }
    let started = performance.now();
    await rebuildStaleIndexes(db());
    const indexMs = performance.now() - started;
    const indexRows = await db().identifierIndexEntry.count();

    for (let i = 0; i < CAMPAIGNS; i++) {
      await db().campaign.create({ data: { ...campaignText(i), createdById: editor.id, partners: { create: { partnerOrgId: org.id } } } });
    }
    const trigger = { channel: "portal", partnerOrgId: org.id, user: null, apiTokenId: null } as const;
    const select = { id: true, name: true, objective: true, startsOn: true, endsOn: true } as const;
    const page = (take: number) => db().campaign.findMany({ where: campaignsSharedWith(org.id), orderBy: { id: "asc" }, take, select });

    const first = await page(10);
    started = performance.now();
    await withholdLeakingCampaigns(db(), first, trigger, "bench");
    const coldMs = performance.now() - started;

    const portal = await page(10);
    const api = await page(100);
    const one = portal.slice(0, 1);
    const long = [{ ...one[0]!, objective: LONG_OBJECTIVE }];
    const results: [string, number[]][] = [
      ["listing query, 10 campaigns (for comparison)", await timed(RUNS, () => page(10))],
      ["check, portal page (10 campaigns)", await timed(RUNS, () => withholdLeakingCampaigns(db(), portal, trigger, "bench"))],
      ["listing query, 100 campaigns (for comparison)", await timed(RUNS, () => page(100))],
      ["check, API page (100 campaigns)", await timed(Math.max(3, Math.ceil(RUNS / 5)), () => withholdLeakingCampaigns(db(), api, trigger, "bench"))],
      ["check, one kit (5 forms)", await timed(RUNS, () => withholdLeakingCampaigns(db(), one, { ...trigger, channel: "kit" }, "bench", (c) => kitCampaignForms(c, org.name)))],
      [`check, one campaign with a ${LONG_OBJECTIVE.length}-character objective`, await timed(RUNS, () => withholdLeakingCampaigns(db(), long, trigger, "bench"))],
    ];
    const suspended = await db().campaign.count({ where: { suspendedAt: { not: null } } });

    console.log(`Leak guard on campaign text at delivery — ${SOURCES} synthetic sources, ${entries} dictionary entries (${indexRows} index rows, built in ${(indexMs / 1000).toFixed(1)} s), ${RUNS} runs each`);
    console.log(`  first check after start (word lists loaded): ${coldMs.toFixed(1)} ms`);
    for (const [label, samples] of results) console.log(`  ${label.padEnd(62)} ${summary(samples)}`);
    console.log(`  clean campaigns suspended by mistake: ${suspended} of ${CAMPAIGNS}`);
    await db().$disconnect();
  } finally {
    await scratch.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
