// The filtered audit trail as a CSV download, streamed in batches so a long trail never
// sits in memory. The export is itself an audit event, and holds the events up to the
// head as it was when the export began (the export's own event and later ones are not in it).
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { auditWhere, filterParams, type AuditFilter } from "./audit-filter";
import { readChainHead } from "./chain-head";
import { csvRow } from "./csv";
import { recordAuditEvent } from "./record-event";

const BATCH = 500;
const COLUMNS = ["sequence", "time_utc", "actor_email", "actor_id", "action", "target_type", "target_id", "request_id", "details", "hash"];

export async function exportAuditCsv(actor: Actor, filter: AuditFilter, requestId: string, now = new Date()) {
  assertCan(actor, "audit:export");
  const where = await auditWhere(db(), filter);
  const head = await readChainHead(db());
  const upTo = head?.sequence ?? 0;
  const filterDetails = Object.fromEntries(Object.entries(filterParams(filter)).filter((e): e is [string, string] => e[1] !== undefined));
  await recordAuditEvent(db(), { actor, action: "audit.exported", requestId, details: { format: "csv", filter: filterDetails, upToSequence: upTo } });

  const encoder = new TextEncoder();
  let before = upTo + 1;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // The byte-order mark tells spreadsheet programs the file is UTF-8 (Arabic names of actions' details).
      controller.enqueue(encoder.encode("\uFEFF" + csvRow(COLUMNS)));
    },
    async pull(controller) {
      const rows = await db().auditEvent.findMany({ where: { AND: [where, { sequence: { lt: before } }] }, orderBy: { sequence: "desc" }, take: BATCH });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      before = rows.at(-1)!.sequence;
      const lines = rows.map((e) =>
        csvRow([e.sequence, e.at.toISOString(), e.actorEmail, e.actorId, e.action, e.targetType, e.targetId, e.requestId, e.details === null ? null : JSON.stringify(e.details), e.hash]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
    },
  });
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  return { stream, fileName: `countervoice-audit-${stamp}.csv` };
}
