// Input of the disclosure commands, shared by the server actions and the domain (which parses again).
import { z } from "zod";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";

const Id = z.string().trim().min(1).max(100);
const Reason = z.string().trim().min(10, "disclosure.errors.reasonTooShort").max(1_000, "disclosure.errors.reasonTooLong");

export const AcknowledgeFindingsInput = z.preprocess(
  withoutArraySuffixes,
  z.object({
    itemId: Id,
    expectedVersion: z.coerce.number().int().min(1),
    factHashes: z.preprocess(toList, z.array(z.string().regex(/^[0-9a-f]{32}$/, "disclosure.errors.reload")).min(1, "disclosure.errors.tickEachFinding").max(200)),
    reason: Reason,
  }),
);
export type AcknowledgeFindingsInput = z.infer<typeof AcknowledgeFindingsInput>;

export const MAX_BUDGET = 40;

export const SetDisclosureBudgetInput = z.object({
  sourceId: Id,
  expectedBudgetVersion: z.coerce.number().int().min(0),
  // Blank: back to the default for the source's risk level.
  budget: z.preprocess(blankToNull, z.coerce.number({ message: "disclosure.errors.wholeNumber" }).int("disclosure.errors.wholeNumber").min(1, "disclosure.errors.budgetAtLeast").max(MAX_BUDGET, "disclosure.errors.budgetAtMost").nullable()),
  reason: Reason,
});
export type SetDisclosureBudgetInput = z.infer<typeof SetDisclosureBudgetInput>;
