// Domain functions validate their own input, so a caller that skipped the form
// schema still cannot store something malformed. Failures become field errors, in the
// language of the request (lib/i18n). Server only: form value helpers are in form-values.ts.
import type { z } from "zod";
import { InvalidInput } from "@/lib/errors";
import { validationMessage, zodErrorMap } from "@/lib/i18n/validation-messages";
import { m } from "@/lib/i18n/translate";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input, { error: zodErrorMap() });
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "form"] ??= []).push(validationMessage(issue.message));
  throw new InvalidInput(m("forms.correctHighlighted"), fieldErrors);
}
