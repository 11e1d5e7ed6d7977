// Checks the whole audit chain from the first event to the head: every sequence number
// present, every event linked to the hash of the one before it, and every event's content
// still matching its own hash. Reads in batches, so the chain may be any length.
import type { Db, Tx } from "@/lib/db/client";
import { canonicalEventContent, eventHash, GENESIS_HASH, type ChainedEventContent } from "./canonical-event";
import type { ChainHead } from "./chain-head";

type StoredEvent = ChainedEventContent & { previousHash: string; hash: string };

export type ChainBreak = { sequence: string; id: string; reason: string };

export type ChainReport =
  | { ok: true; events: number; head: ChainHead | null }
  | { ok: false; events: number; head: ChainHead | null; firstBreak: ChainBreak };

const BATCH = 1000;

async function readBatch(client: Db | Tx, after: number): Promise<StoredEvent[]> {
  return client.$queryRaw<StoredEvent[]>`
    SELECT "id", "sequence", "at", "actorId", "actorEmail", "action", "targetType", "targetId", "requestId",
           "details"::text AS "detailsText", "previousHash", "hash"
    FROM "AuditEvent" WHERE "sequence" > ${after} ORDER BY "sequence" LIMIT ${BATCH}`;
}

/** What is wrong with one event, given the one before it (null for the first), or null if nothing. */
export function linkProblem(event: StoredEvent, previous: { sequence: number; hash: string } | null): string | null {
  const expectedSequence = (previous?.sequence ?? 0) + 1;
  if (event.sequence !== expectedSequence) {
    return `events are missing before it: sequence ${expectedSequence} was expected here`;
  }
  if (event.previousHash !== (previous?.hash ?? GENESIS_HASH)) {
    return "its previous-hash does not match the hash of the event before it";
  }
  if (eventHash(event.previousHash, canonicalEventContent(event)) !== event.hash) {
    return "its content does not match its hash: the row was altered";
  }
  return null;
}

export async function verifyAuditChain(client: Db | Tx, expectedHead?: ChainHead): Promise<ChainReport> {
  let previous: StoredEvent | null = null;
  let events = 0;
  let headSeen = false;
  for (;;) {
    const batch = await readBatch(client, previous?.sequence ?? 0);
    if (batch.length === 0) break;
    for (const event of batch) {
      const problem = linkProblem(event, previous);
      if (problem) {
        return { ok: false, events, head: previous && headOf(previous), firstBreak: { sequence: String(event.sequence), id: event.id, reason: problem } };
      }
      if (expectedHead && event.sequence === expectedHead.sequence) {
        if (event.hash !== expectedHead.hash) {
          return { ok: false, events, head: headOf(event), firstBreak: { sequence: String(event.sequence), id: event.id, reason: "its hash differs from the exported head: the chain was rewritten up to here" } };
        }
        headSeen = true;
      }
      events++;
      previous = event;
    }
  }
  const head = previous && headOf(previous);
  if (expectedHead && !headSeen) {
    return {
      ok: false,
      events,
      head,
      firstBreak: { sequence: String(expectedHead.sequence), id: "(missing)", reason: `the chain ends at sequence ${head?.sequence ?? 0}, before the exported head: events were removed` },
    };
  }
  return { ok: true, events, head };
}

function headOf(event: StoredEvent): ChainHead {
  return { sequence: event.sequence, hash: event.hash, at: event.at.toISOString() };
}
