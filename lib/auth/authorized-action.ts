// Every server action is built here: who is asking, may they, is the input
// valid, then one call into the domain. Expected domain errors reach the user;
// anything else is logged with a request id and shown as a generic message.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { log } from "@/lib/log";
import { requestId as currentRequestId } from "@/lib/request-id";
import { InvalidInput, isDomainError } from "@/lib/errors";
import { overloadReason } from "@/lib/db/overload/overload-errors";
import { unstorableTextPath } from "@/lib/unstorable-text";
import { validationMessage, zodErrorMap } from "@/lib/i18n/validation-messages";
import { m, withLocale } from "@/lib/i18n/translate";
import { requestRenderLocale } from "@/lib/i18n/request-locale";
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

type Refusal = { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Parses an action's input; a refusal is a form error. Text that cannot be stored is refused
 * first, and a schema that throws on a hostile value (a coercion calling an object's own
 * `valueOf`) is an invalid input, not a crash.
 */
export function parseActionInput<S extends z.ZodType>(schema: S, input: FormData | Record<string, unknown>): { ok: true; data: z.infer<S> } | Refusal {
  const unstorable = unstorableTextPath(input);
  if (unstorable !== null) return { ok: false, error: m("forms.correctHighlighted"), fieldErrors: { [unstorable || "form"]: [m("forms.unstorableText")] } };
  let parsed: z.ZodSafeParseResult<z.infer<S>>;
  try {
    parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input, { error: zodErrorMap() }) as z.ZodSafeParseResult<z.infer<S>>;
  } catch {
    return { ok: false, error: m("forms.valueNotTaken") };
  }
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(validationMessage(issue.message));
  return { ok: false, error: m("forms.correctHighlighted"), fieldErrors };
}

const reauthRequired = (): { ok: false; error: string; reauthRequired: true } => ({ ok: false, error: m("forms.reauthRequired"), reauthRequired: true });

export function formDataToObject(input: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = input.getAll(key);
    out[key] = key.endsWith("[]") ? values : values[0];
  }
  return out;
}

/**
 * The input schema of each server action, so the hostile-input suite
 * (tests/hostile/server-actions.int.test.ts) derives its payloads from what each action accepts.
 */
const inputSchemas = new WeakMap<object, z.ZodType>();
export function inputSchemaOf(action: object): z.ZodType | undefined {
  return inputSchemas.get(action);
}
export function rememberInputSchema<F extends object>(action: F, schema: z.ZodType): F {
  inputSchemas.set(action, schema);
  return action;
}

export function authorizedAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  handler: (ctx: ActionContext, input: z.infer<S>) => Promise<ActionResult<T>>,
  options: ActionOptions = {},
) {
  return rememberInputSchema(async (_previous: ActionResult<T> | null, input: FormData | Record<string, unknown>): Promise<ActionResult<T>> =>
    withLocale(await requestRenderLocale(), async () => {
    const requestId = await currentRequestId();
    const session = await getCurrentSession();
    const user = session?.actor;
    if (!session || !user) return { ok: false, error: m("forms.sessionEnded") };
    if (!can(user, permission)) return { ok: false, error: m("forms.notAllowed") };
    if (options.reauth && !reauthIsRecent(session.reauthAt)) return reauthRequired();
    const parsed = parseActionInput(schema, input);
    if (!parsed.ok) return parsed;
    try {
      return await handler({ user, requestId, session }, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ReauthRequired) return reauthRequired();
      if (error instanceof InvalidInput) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      if (isDomainError(error)) return { ok: false, error: error.message };
      const busy = overloadReason(error);
      if (busy) {
        log("warn", "action.busy", { requestId, reason: busy });
        return { ok: false, error: m("forms.busy") };
      }
      log("error", "action.failed", { requestId, permission, error: error instanceof Error ? error.name : "unknown" });
      return { ok: false, error: m("forms.somethingWentWrong", { reference: requestId }) };
    }
  }), schema);
}
