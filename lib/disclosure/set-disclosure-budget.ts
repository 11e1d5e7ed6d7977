// An admin sets how much may be published about a source altogether, with a reason;
// blank returns it to the default for its risk level. Every change is kept and audited.
import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { Conflict, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/parse-input";
import { m } from "@/lib/i18n/translate";
import { budgetLimit } from "./score-disclosure";
import { SetDisclosureBudgetInput } from "./schemas";

const budgetChanged = () => m("disclosure.errors.budgetChanged");

export async function setDisclosureBudget(admin: Actor, raw: SetDisclosureBudgetInput, requestId: string): Promise<{ limit: number; budgetVersion: number }> {
  assertCan(admin, "sources:set-budget");
  const input = parseInput(SetDisclosureBudgetInput, raw);
  return db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, code: true, riskLevel: true, disclosureBudget: true, budgetVersion: true } });
    if (!source) throw new NotFound(m("disclosure.errors.sourceNotFound"));
    if (source.budgetVersion !== input.expectedBudgetVersion) throw new Conflict(budgetChanged());
    const updated = await tx.source.updateMany({ where: { id: source.id, budgetVersion: input.expectedBudgetVersion }, data: { disclosureBudget: input.budget, budgetVersion: { increment: 1 } } });
    if (updated.count !== 1) throw new Conflict(budgetChanged());
    const from = budgetLimit(source.riskLevel, source.disclosureBudget).limit;
    const to = budgetLimit(source.riskLevel, input.budget).limit;
    await tx.disclosureBudgetChange.create({ data: { sourceId: source.id, previous: source.disclosureBudget, budget: input.budget, reason: input.reason, changedById: admin.id } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: "source.budget-changed",
      target: { type: "source", id: source.id },
      requestId,
      details: { code: source.code, from, to, default: input.budget === null, reason: input.reason },
    });
    return { limit: to, budgetVersion: source.budgetVersion + 1 };
  });
}
