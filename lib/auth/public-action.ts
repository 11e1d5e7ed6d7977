// Server actions that need no session (redeeming an invitation): the token in
// the input is the authority, checked by the domain. Same error handling as
// authorizedAction.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "@/lib/log";
import { requestId as currentRequestId } from "@/lib/request-id";
import { InvalidInput, isDomainError } from "@/lib/errors";
import { formDataToObject, type ActionResult } from "./authorized-action";

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (ctx: { requestId: string }, input: z.infer<S>) => Promise<ActionResult<T>>) {
  return async (_previous: ActionResult<T> | null, input: FormData): Promise<ActionResult<T>> => {
    const requestId = await currentRequestId();
    const parsed = schema.safeParse(formDataToObject(input));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
    }
    try {
      return await handler({ requestId }, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof InvalidInput) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      if (isDomainError(error)) return { ok: false, error: error.message };
      log("error", "public-action.failed", { requestId, error: error instanceof Error ? error.name : "unknown" });
      return { ok: false, error: `Something went wrong. Reference: ${requestId}` };
    }
  };
}
