// Every server action is built here: who is asking, may they, is the input
// valid, then one call into the domain. Expected domain errors reach the user;
// anything else is logged with a request id and shown as a generic message.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "@/lib/log";
import { requestId as currentRequestId } from "@/lib/request-id";
import { InvalidInput, isDomainError } from "@/lib/errors";
import { getCurrentSession } from "./current-user";
import { ReauthRequired, reauthIsRecent } from "./recent-reauth";
import type { CurrentSession } from "./session-user";
import { can, type Actor } from "./policy";
import type { Permission } from "./permissions";

export type ActionResult<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; reauthRequired?: boolean };

export type ActionContext = { user: Actor; requestId: string; session: CurrentSession };

/** `reauth`: the session must have re-authenticated within the last 10 minutes (recent-reauth.ts). */
export type ActionOptions = { reauth?: boolean };

const reauthRequired = (): { ok: false; error: string; reauthRequired: true } => ({ ok: false, error: new ReauthRequired().message, reauthRequired: true });

export function formDataToObject(input: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = input.getAll(key);
    out[key] = key.endsWith("[]") ? values : values[0];
  }
  return out;
}

export function authorizedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (ctx: ActionContext, input: z.infer<S>) => Promise<ActionResult<T>>,
  options: ActionOptions = {},
) {
  return async (_previous: ActionResult<T> | null, input: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const requestId = await currentRequestId();
    const session = await getCurrentSession();
    const user = session?.actor;
    if (!session || !user) return { ok: false, error: "Your session has ended. Sign in again." };
    if (!can(user, permission)) return { ok: false, error: "You are not allowed to do that." };
    if (options.reauth && !reauthIsRecent(session.reauthAt)) return reauthRequired();
    const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
    }
    try {
      return await handler({ user, requestId, session }, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ReauthRequired) return reauthRequired();
      if (error instanceof InvalidInput) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      if (isDomainError(error)) return { ok: false, error: error.message };
      log("error", "action.failed", { requestId, permission, error: error instanceof Error ? error.name : "unknown" });
      return { ok: false, error: `Something went wrong. Reference: ${requestId}` };
    }
  };
}
