// Server actions that need no session (redeeming an invitation): the token in
// the input is the authority, checked by the domain. Same error handling as
// authorizedAction.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "@/lib/log";
import { requestId as currentRequestId } from "@/lib/request-id";
import { InvalidInput, isDomainError } from "@/lib/errors";
import { overloadReason } from "@/lib/db/overload/overload-errors";
import { m, withLocale } from "@/lib/i18n/translate";
import { requestRenderLocale } from "@/lib/i18n/request-locale";
import { parseActionInput, rememberInputSchema, type ActionResult } from "./authorized-action";

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (ctx: { requestId: string }, input: z.infer<S>) => Promise<ActionResult<T>>) {
  // A form posts FormData, but anyone can call the action's endpoint with other encoded values.
  return rememberInputSchema(async (_previous: ActionResult<T> | null, input: FormData | Record<string, unknown>): Promise<ActionResult<T>> =>
    withLocale(await requestRenderLocale(), async () => {
    const requestId = await currentRequestId();
    const parsed = parseActionInput(schema, input);
    if (!parsed.ok) return parsed;
    try {
      return await handler({ requestId }, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof InvalidInput) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      if (isDomainError(error)) return { ok: false, error: error.message };
      const busy = overloadReason(error);
      if (busy) {
        log("warn", "public-action.busy", { requestId, reason: busy });
        return { ok: false, error: m("forms.busy") };
      }
      log("error", "public-action.failed", { requestId, error: error instanceof Error ? error.name : "unknown" });
      return { ok: false, error: m("forms.somethingWentWrong", { reference: requestId }) };
    }
  }), schema);
}
