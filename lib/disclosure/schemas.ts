// Input of the disclosure commands, shared by the server actions and the domain (which parses again).
import { z } from "zod";
import { blankToNull, toList, withoutArraySuffixes } from "@/lib/form-values";

const Id = z.string().trim().min(1).max(100);
const Reason = z.string().trim().min(10, "Give your reason in at least 10 characters.").max(1_000, "Keep the reason under 1,000 characters.");

export const AcknowledgeFindingsInput = z.preprocess(
  withoutArraySuffixes,
  z.object({
    itemId: Id,
    expectedVersion: z.coerce.number().int().min(1),
    factHashes: z.preprocess(toList, z.array(z.string().regex(/^[0-9a-f]{32}$/, "Reload the page and try again.")).min(1, "Tick each finding you acknowledge.").max(200)),
    reason: Reason,
  }),
);
export type AcknowledgeFindingsInput = z.infer<typeof AcknowledgeFindingsInput>;

export const MAX_BUDGET = 40;

export const SetDisclosureBudgetInput = z.object({
  sourceId: Id,
  expectedBudgetVersion: z.coerce.number().int().min(0),
  // Blank: back to the default for the source's risk level.
  budget: z.preprocess(blankToNull, z.coerce.number({ message: "Enter a whole number." }).int("Enter a whole number.").min(1, "The budget is at least 1.").max(MAX_BUDGET, `The budget is at most ${MAX_BUDGET}.`).nullable()),
  reason: Reason,
});
export type SetDisclosureBudgetInput = z.infer<typeof SetDisclosureBudgetInput>;
