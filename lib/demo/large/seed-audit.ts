// Invented audit history for the large dataset: staff actions on seed items and sources,
// appended in batches of one INSERT each. The database's own append trigger (migration
// 20261129200300_audit_hash_chain) gives every row its sequence, previous hash and hash, in
// row order within the statement, exactly as for events the app records; a client-computed
// hash would be overwritten by it, and switching it off would break the append-only promise.
// `npm run audit:verify` then checks the seeded chain from outside the database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { seededRandom } from "@/lib/leak-guard/testing/prng";
import type { AuditAction } from "@/lib/audit/record-event";
import type { SeedPeople } from "./seed-people";
import { seedSourcesWhere } from "./seed-sources";
import type { KindProgress } from "./seed-progress";

export const SEED_REQUEST_PREFIX = "seed-large-";
const BATCH = 5_000;

const ITEM_ACTIONS: AuditAction[] = ["content.saved", "content.saved", "content.saved", "content.submitted", "content.approved", "content.published", "content.commented", "delivery.downloaded"];
const SOURCE_ACTIONS: AuditAction[] = ["source.identifiers-viewed", "source.updated", "consent.updated", "testimony.raw-viewed", "redaction.saved"];

export async function countSeedAuditEvents(): Promise<number> {
  const [row] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "AuditEvent" WHERE "requestId" LIKE ${`${SEED_REQUEST_PREFIX}%`}`;
  return Number(row?.n ?? 0);
}

export async function seedAuditEvents(people: SeedPeople, target: number, progress: KindProgress): Promise<number> {
  const existing = await countSeedAuditEvents();
  progress.start(existing, target);
  if (existing >= target) return 0;
  const items = (await db().contentItem.findMany({ where: { createdById: { in: people.editors } }, take: 2_000, select: { id: true } })).map((i) => i.id);
  const sources = (await db().source.findMany({ where: seedSourcesWhere, take: 2_000, select: { id: true } })).map((s) => s.id);
  const staff = await db().user.findMany({ where: { id: { in: [...people.editors, ...people.reviewers] } }, select: { id: true, email: true } });
  for (let from = existing; from < target; from += BATCH) {
    const count = Math.min(BATCH, target - from);
    const random = seededRandom(from + 11);
    const columns = { id: [] as string[], actorId: [] as string[], actorEmail: [] as string[], action: [] as string[], targetType: [] as (string | null)[], targetId: [] as (string | null)[], requestId: [] as string[], details: [] as string[] };
    for (let n = 0; n < count; n++) {
      const actor = random.pick(staff);
      const onSource = sources.length > 0 && (items.length === 0 || random.chance(0.3));
      const targetId = onSource ? random.pick(sources) : items.length ? random.pick(items) : null;
      columns.id.push(randomUUID());
      columns.actorId.push(actor.id);
      columns.actorEmail.push(actor.email);
      columns.action.push(random.pick(onSource ? SOURCE_ACTIONS : ITEM_ACTIONS));
      columns.targetType.push(targetId ? (onSource ? "source" : "content") : null);
      columns.targetId.push(targetId);
      columns.requestId.push(`${SEED_REQUEST_PREFIX}${from + n}`);
      columns.details.push(JSON.stringify({ seeded: true, version: random.int(1, 6) }));
    }
    await db().$executeRaw`
      INSERT INTO "AuditEvent" ("id", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId", "details")
      SELECT e.id, e.actor_id, e.actor_email, e.action, e.target_type, e.target_id, e.request_id, e.details::jsonb
      FROM unnest(${columns.id}::text[], ${columns.actorId}::text[], ${columns.actorEmail}::text[], ${columns.action}::text[],
                  ${columns.targetType}::text[], ${columns.targetId}::text[], ${columns.requestId}::text[], ${columns.details}::text[])
        WITH ORDINALITY AS e(id, actor_id, actor_email, action, target_type, target_id, request_id, details, n)
      ORDER BY e.n`;
    progress.advance(count);
  }
  return target - existing;
}
