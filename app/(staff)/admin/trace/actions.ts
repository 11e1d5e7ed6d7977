"use server";
import { authorizedAction } from "@/lib/auth/authorized-action";
import { m } from "@/lib/i18n/translate";
import { traceLeak, type TraceFinding } from "@/lib/delivery/trace-leak";
import { TraceLeakInput } from "@/lib/delivery/trace-schemas";

export const traceLeakAction = authorizedAction("leaks:trace", TraceLeakInput, async ({ user, requestId }, input) => {
  const file = input.file ? { name: input.file.name, bytes: Buffer.from(await input.file.arrayBuffer()) } : null;
  const findings: TraceFinding[] = await traceLeak(user, { text: input.text, file }, requestId);
  return { ok: true, data: findings, message: findings.length === 0 ? m("admin.trace.noMatch") : undefined };
});
