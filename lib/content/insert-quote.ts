// Inserts a passage of approved redacted testimony as a Markdown blockquote and keeps
// the link from the quote to its passage and source. The save is a new version.
import { m } from "@/lib/i18n/translate";
import { openRedactedTexts, SEALED_TEXT_FIELDS } from "@/lib/redaction/sealed-redacted-text";
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { InvalidInput, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { bumpVersion, loadItemForChange, reopenIfApproved, snapshotVersion } from "./content-records";
import { InsertQuoteInput } from "./schemas";
import { linkPastedTestimony } from "./pasted-testimony/link-pasted-testimony";

export function asBlockquote(text: string): string {
  return text.split("\n").map((line) => `> ${line}`).join("\n");
}

export async function insertQuote(actor: Actor, raw: InsertQuoteInput, requestId: string): Promise<{ version: number }> {
  assertCan(actor, "content:edit");
  const input = parseInput(InsertQuoteInput, raw);
  return db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "edit");
    const row = await tx.redactedText.findFirst({ where: { id: input.redactedTextId, redaction: { state: "APPROVED" } }, select: { id: true, ...SEALED_TEXT_FIELDS } });
    if (!row) throw new NotFound(m("content.errors.passageNotApproved"));
    const [passage] = await openRedactedTexts(tx, [row]);
    if (!passage) throw new NotFound(m("content.errors.passageNotApproved"));
    if (input.end > passage.text.length || input.start >= input.end) throw new InvalidInput(m("content.errors.passageOutside"));
    const quoted = passage.text.slice(input.start, input.end).trim();
    const body = item.body.trim() ? `${item.body.trimEnd()}\n\n${asBlockquote(quoted)}\n` : `${asBlockquote(quoted)}\n`;
    await tx.contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.id, sourceId: passage.sourceId, start: input.start, end: input.end, usage: input.usage } });
    await bumpVersion(tx, item.id, input.expectedVersion, { body, state: next, ...reopenIfApproved(item.state) });
    await linkPastedTestimony(tx, item.id);
    await snapshotVersion(tx, item.id, actor.id);
    const version = input.expectedVersion + 1;
    await recordAuditEvent(tx, { actor, action: "content.quote-inserted", target: { type: "content", id: item.id }, requestId, details: { version, sourceId: passage.sourceId, usage: input.usage } });
    return { version };
  });
}
