// Takes an approved or published item out of use, with a reason; organisations that
// downloaded it are asked to take it down.
import "server-only";
import { m } from "@/lib/i18n/translate";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { parseInput } from "@/lib/parse-input";
import { changeState } from "./change-state";
import { loadItemForChange } from "./content-records";
import { itemVisibleTo } from "./item-access";
import { NotFound } from "@/lib/errors";
import { RetireItemInput } from "./schemas";
import { openTakedowns } from "@/lib/takedowns/open-takedowns";
import { kickNotices } from "@/lib/notices/kick-notices";

export async function retireItem(actor: Actor, raw: RetireItemInput, requestId: string): Promise<void> {
  assertCan(actor, "content:retire");
  const input = parseInput(RetireItemInput, raw);
  await db().$transaction(async (tx) => {
    // A reviewer retires only items assigned to them; to them the others do not exist.
    if (!(await itemVisibleTo(tx, actor, input.itemId))) throw new NotFound(m("content.errors.noSuchItem"));
    const { item, next } = await loadItemForChange(tx, input.itemId, input.expectedVersion, "retire");
    await changeState(tx, item, next, { retiredAt: new Date(), retiredReason: input.reason });
    await recordAuditEvent(tx, { actor, action: "content.retired", target: { type: "content", id: item.id }, requestId, details: { from: item.state } });
    await openTakedowns(tx, [item.id], "RETIRED");
  });
  kickNotices();
}
