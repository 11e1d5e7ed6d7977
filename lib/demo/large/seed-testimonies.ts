// Invented testimony for the seed's sources, spread over them in turn, each with a redaction
// in one of the workflow's states: transcript, redaction work and approved text sealed under
// the source's data key, the approved text's search tokens and shingles computed by the
// app's own functions, as saving, submitting and approving would leave them. One
// transaction per batch, so a stopped run resumes at the next testimony.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { sourceCipher, type SourceCipher } from "@/lib/crypto/source-keys";
import { seededRandom } from "@/lib/leak-guard/testing/prng";
import { syntheticSources } from "@/lib/leak-guard/testing/synthetic-sources";
import { transcriptField } from "@/lib/testimony/testimony-fields";
import { workField } from "@/lib/redaction/load-redaction";
import { redactedTextFor } from "@/lib/redaction/model/apply-redaction";
import { redactionHash } from "@/lib/redaction/redaction-hash";
import { sealRedactedText } from "@/lib/redaction/sealed-redacted-text";
import { SHINGLE_FORMAT, shinglesOf } from "@/lib/content/pasted-testimony/shingles";
import type { RedactionState } from "@/lib/redaction/model/redaction-states";
import { fictionalTranscript } from "./fictional-testimony";
import { pickLanguage } from "./fictional-text";
import type { SeedPeople } from "./seed-people";
import { SOURCE_SEED, seedSourcesWhere } from "./seed-sources";
import type { KindProgress } from "./seed-progress";

const BATCH = 100;

/** Most testimony is approved (it is what content quotes); the rest is spread over the workflow. */
function redactionStateFor(roll: number): RedactionState | null {
  if (roll < 0.55) return "APPROVED";
  if (roll < 0.7) return "IN_REVIEW";
  if (roll < 0.8) return "CHANGES_REQUESTED";
  if (roll < 0.95) return "DRAFT";
  return null;
}

export async function countSeedTestimonies(people: SeedPeople): Promise<number> {
  return db().testimony.count({ where: { createdById: { in: people.editors } } });
}

type KeyedSource = { id: string; wrappedKey: Uint8Array | null; masterKeyId: string | null };

export async function seedTestimonies(people: SeedPeople, target: number, progress: KindProgress): Promise<number> {
  const existing = await countSeedTestimonies(people);
  progress.start(existing, target);
  if (existing >= target) return 0;
  const sources: KeyedSource[] = await db().source.findMany({ where: { ...seedSourcesWhere, erasedAt: null }, orderBy: { seq: "asc" }, select: { id: true, wrappedKey: true, masterKeyId: true } });
  if (sources.length === 0) throw new Error("Testimony needs sources: run with --sources above 0 first.");
  const synthetic = syntheticSources(sources.length, SOURCE_SEED);
  const ciphers = new Map<string, SourceCipher>();
  const cipherOf = (s: KeyedSource) => ciphers.get(s.id) ?? ciphers.set(s.id, sourceCipher(s)).get(s.id)!;

  for (let from = existing; from < target; from += BATCH) {
    const ordinals = Array.from({ length: Math.min(BATCH, target - from) }, (_, i) => from + i);
    await db().$transaction(async (tx) => {
      const rows = ordinals.map((ordinal) => {
        const random = seededRandom(ordinal * 7919 + 17);
        const index = ordinal % sources.length;
        const source = sources[index]!;
        const cipher = cipherOf(source);
        const language = pickLanguage(random);
        const state = redactionStateFor(random.next());
        const transcript = fictionalTranscript(random, synthetic[index]!, language, state === "APPROVED" || state === "IN_REVIEW");
        const editorId = people.editors[ordinal % people.editors.length]!;
        const reviewerId = people.reviewers[ordinal % people.reviewers.length]!;
        return { id: randomUUID(), redactionId: randomUUID(), source, cipher, language, state, transcript, editorId, reviewerId, ordinal };
      });
      await tx.testimony.createMany({
        data: rows.map((r) => ({ id: r.id, sourceId: r.source.id, language: r.language, format: "paste", interviewDate: new Date(Date.UTC(2016 + (r.ordinal % 8), r.ordinal % 12, 1 + (r.ordinal % 28))), transcriptEnc: r.cipher.sealText(transcriptField(r.id), r.transcript.text), createdById: r.editorId })),
      });
      const redacted = rows.filter((r) => r.state !== null);
      await tx.redaction.createMany({
        data: redacted.map((r) => ({
          id: r.redactionId,
          testimonyId: r.id,
          state: r.state!,
          version: r.state === "DRAFT" ? 1 : r.state === "IN_REVIEW" ? 3 : 4,
          workEnc: r.cipher.sealJson(workField(r.redactionId), { spans: r.transcript.spans, dismissals: [] }),
          editorIds: [r.editorId],
          submittedAt: r.state === "DRAFT" ? null : new Date(),
        })),
      });
      const submitted = redacted.filter((r) => r.state !== "DRAFT");
      await tx.reviewAssignment.createMany({ data: submitted.map((r) => ({ reviewerId: r.reviewerId, assignedById: r.editorId, redactionId: r.redactionId })), skipDuplicates: true });
      const decided = submitted.filter((r) => r.state === "APPROVED" || r.state === "CHANGES_REQUESTED");
      const approved = decided.filter((r) => r.state === "APPROVED").map((r) => ({ ...r, text: redactedTextFor(r.transcript.text, r.transcript.spans), textId: randomUUID() }));
      await tx.redactionReview.createMany({
        data: decided.map((r) => ({ redactionId: r.redactionId, reviewerId: r.reviewerId, decision: r.state === "APPROVED" ? ("APPROVED" as const) : ("CHANGES_REQUESTED" as const), textHash: redactionHash(redactedTextFor(r.transcript.text, r.transcript.spans)) })),
      });
      await tx.redactedText.createMany({
        data: approved.map((r) => ({ id: r.textId, redactionId: r.redactionId, testimonyId: r.id, sourceId: r.source.id, language: r.language, ...sealRedactedText(r.cipher, r.redactionId, r.text), text: null, textHash: redactionHash(r.text), approvedById: r.reviewerId, shingleFormat: SHINGLE_FORMAT })),
      });
      const shingles = approved.flatMap((r) => shinglesOf(r.text).map((s) => ({ redactedTextId: r.textId, sourceId: r.source.id, hash: s.hash, start: s.start, end: s.end })));
      for (let i = 0; i < shingles.length; i += 5_000) await tx.testimonyShingle.createMany({ data: shingles.slice(i, i + 5_000), skipDuplicates: true });
    }, { timeout: 120_000, maxWait: 30_000 });
    progress.advance(ordinals.length);
  }
  return target - existing;
}
