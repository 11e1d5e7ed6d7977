// An editor asks for review of the item's current version; an item that would leak an
// identifier is refused here already, with where to look.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { loadItemForChange } from "./content-records";
import { assertNoLeaks, prepareReleaseForms } from "./leak-guard";
import { ItemTransitionInput } from "./schemas";

export async function submitItem(actor: Actor, raw: ItemTransitionInput, requestId: string): Promise<void> {
  assertCan(actor, "content:edit");
  const input = parseInput(ItemTransitionInput, raw);
  // Rendering every delivered form takes a while; it is done before the transaction.
  const forms = await prepareReleaseForms(db(), input.itemId);
  await db().$transaction(async (tx) => {
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "submit");
    await assertNoLeaks(tx, forms, item.version, "submitted");
    await changeState(tx, item, next);
    await recordAuditEvent(tx, { actor, action: "content.submitted", target: { type: "content", id: item.id }, requestId, details: { version: item.version } });
  });
}
