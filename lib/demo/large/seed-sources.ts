// Invented sources for the large dataset, sealed and indexed as createSource and
// addDictionaryEntry would (data key per source, real name, notes and every dictionary entry
// sealed under it, the leak guard's blind index rebuilt in the same transaction), but many
// sources per transaction and without a re-check run each: there is nothing published to
// re-check while the dataset is written. Each batch is all-or-nothing, so a stopped run
// resumes at the next source.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { newDataKey, sourceCipher } from "@/lib/crypto/source-keys";
import { rebuildSourceIndex } from "@/lib/leak-guard/identifier-index/source-index";
import { loadGuardWords } from "@/lib/leak-guard/guard-words";
import { syntheticSources, type SyntheticSource } from "@/lib/leak-guard/testing/synthetic-sources";
import { ensureOnTeam } from "@/lib/sources/team/change-team";
import { dictionaryField, SOURCE_FIELDS } from "@/lib/sources/source-records";
import { sourceCode } from "@/lib/sources/source-code";
import { RISK_LEVELS } from "@/lib/sources/vocabulary";
import type { SeedPeople } from "./seed-people";
import { SEED_EMAIL_DOMAIN } from "./seed-people";
import type { KindProgress } from "./seed-progress";

export const SOURCE_SEED = 2026;
const BATCH = 20;

export const seedSourcesWhere = { handlingEditor: { email: { endsWith: `@${SEED_EMAIL_DOMAIN}` } } } as const;

export async function countSeedSources(): Promise<number> {
  return db().source.count({ where: seedSourcesWhere });
}

async function writeBatch(people: SeedPeople, batch: { synthetic: SyntheticSource; ordinal: number }[]): Promise<void> {
  await db().$transaction(
    async (tx) => {
      for (const { synthetic, ordinal } of batch) {
        const id = randomUUID();
        const { wrappedKey, masterKeyId } = newDataKey(id);
        const cipher = sourceCipher({ id, wrappedKey, masterKeyId });
        const editorId = people.editors[ordinal % people.editors.length]!;
        const { seq } = await tx.source.create({
          data: {
            id,
            code: `pending-${id}`,
            pseudonym: `Seed source ${ordinal + 1}`,
            riskLevel: RISK_LEVELS[ordinal % RISK_LEVELS.length]!,
            handlingEditorId: editorId,
            wrappedKey,
            masterKeyId,
            realNameEnc: cipher.sealText(SOURCE_FIELDS.realName, synthetic.realName),
            notesEnc: cipher.sealText(SOURCE_FIELDS.notes, `Invented source (origin ${synthetic.origin}) for load measurement.`),
          },
          select: { seq: true },
        });
        await tx.source.update({ where: { id }, data: { code: sourceCode(seq) } });
        await ensureOnTeam(tx, id, [editorId], editorId);
        await tx.dictionaryEntry.createMany({
          data: synthetic.entries.map((entry) => {
            const entryId = randomUUID();
            return { id: entryId, sourceId: id, entryEnc: cipher.sealJson(dictionaryField(entryId), { text: entry.text, type: entry.type, variants: entry.variants ?? [] }) };
          }),
        });
        await tx.consent.create({
          data: { sourceId: id, scopes: ["VERBATIM", "PARAPHRASE"], channels: ["WEB", "PRINT", "SOCIAL", "PARTNER_DOWNLOAD"], languages: ["en", "ar", "fr"] },
        });
        await rebuildSourceIndex(tx, id);
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Tops the seed's sources up to `target`; the n-th seed source is always the n-th synthetic one. */
export async function seedSources(people: SeedPeople, target: number, progress: KindProgress): Promise<number> {
  const existing = await countSeedSources();
  progress.start(existing, target);
  if (existing >= target) return 0;
  await loadGuardWords();
  const synthetic = syntheticSources(target, SOURCE_SEED);
  for (let from = existing; from < target; from += BATCH) {
    const batch = synthetic.slice(from, Math.min(target, from + BATCH)).map((s, i) => ({ synthetic: s, ordinal: from + i }));
    await writeBatch(people, batch);
    progress.advance(batch.length);
  }
  return target - existing;
}
